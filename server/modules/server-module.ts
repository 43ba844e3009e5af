import type { AppContext } from '../context.ts';
import type { ApiApp } from '../http/api-app.ts';
import type { AbilityTable } from '../policies/ability-table.ts';

/**
 * What a module plugs into the server, listed once in server/modules/index.ts. Its tables are
 * types, composed in server/db/schema.ts; its live events are declared in its contract file.
 */
export type ServerModule = {
  name: string;
  routes?: (app: ApiApp, ctx: AppContext) => void | Promise<void>;
  /** The abilities its routes declare; server/policies/abilities.ts composes them (a test checks). */
  abilities?: AbilityTable;
  /** The ledger entries it writes; server/modules/ledger/ledger-kind.ts composes them (a test checks). */
  ledgerKinds?: readonly string[];
};
