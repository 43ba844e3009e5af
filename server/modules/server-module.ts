import type { Transaction } from 'kysely';

import type { PolicyDocument } from '../../domain/authority/policy.ts';
import type { AppContext } from '../context.ts';
import type { Db } from '../db/database.ts';
import type { Database, Role } from '../db/schema.ts';
import type { ApiApp } from '../http/api-app.ts';
import type { AbilityTable } from '../policies/ability-table.ts';
import type { NewEvent } from '../realtime/event-types.ts';

export type ModuleRoutes = (app: ApiApp, ctx: AppContext) => void | Promise<void>;

/** A policy just published, as the modules that depend on it hear of it (inside the publish). */
export type PolicyPublished = {
  organizationId: string;
  version: number;
  /** The version it replaces; null for the organization's first policy. */
  previous: PolicyDocument | null;
  next: PolicyDocument;
  now: Date;
};

/** A resolution an approver just denied, as the modules that care hear of it (inside the denial). */
export type ResolutionDenied = { organizationId: string; resolutionId: string; now: Date };

declare const tableTypes: unique symbol;
/** A module's tables, carried as a type only: the `Database` interface is composed from them. */
export type ModuleTables<Tables> = { readonly [tableTypes]?: Tables };

/** `tables: tablesOf<PeopleTables>()` — nothing at run time; the compiler reads the type. */
export function tablesOf<Tables>(): ModuleTables<Tables> {
  return {};
}

/**
 * What a module plugs into the server, listed once in server/modules/index.ts: the database
 * interface (server/db/schema.ts), the ability table (server/policies/abilities.ts) and the ledger
 * kinds (server/modules/ledger/ledger-kind.ts) are composed from that list, so adding a module adds
 * no line anywhere else on the server.
 *
 * Routes are loaded when the server starts rather than imported here: the registry is imported by
 * the ability table and the schema, which the route code itself imports, and a static import would
 * make every module a cycle.
 */
export type ServerModule = {
  name: string;
  routes?: () => Promise<ModuleRoutes>;
  tables?: ModuleTables<object>;
  abilities?: AbilityTable;
  ledgerKinds?: readonly string[];
  /**
   * Runs in the publish's transaction, after the new version is stored and before its events and
   * ledger entry: what it writes commits or rolls back with the publish. Load the code lazily, as
   * routes are, so authority imports nothing of the module. The live events it returns are recorded
   * with the publish's own, in one batch at the end (record-events.ts: locking the recipients'
   * streams twice, in two orders, invites deadlocks).
   */
  onPolicyPublished?: (
    trx: Transaction<Database>,
    published: PolicyPublished,
  ) => Promise<void | readonly NewEvent[]>;
  /** Runs in an approver's denial's transaction, before its events and ledger entry; lazily loaded too. */
  onResolutionDenied?: (trx: Transaction<Database>, denied: ResolutionDenied) => Promise<void>;
  /**
   * The abilities a person's role holds that the module's own per-person rules (a licence) still
   * refuse them: `/api/me` leaves them out, so the app does not offer what the server would refuse.
   */
  withheldAbilities?: (db: Db, person: SignedInPerson) => Promise<readonly string[]>;
};

/** A signed-in person, as a module's `withheldAbilities` reads them. */
export type SignedInPerson = { organizationId: string; personId: string; role: Role };

/** Declares a module, keeping the literal types of its abilities and ledger kinds for the unions. */
export function serverModule<const Module extends ServerModule>(module: Module): Module {
  return module;
}

type UnionToIntersection<Union> = (Union extends unknown ? (value: Union) => void : never) extends (
  value: infer Intersection,
) => void
  ? Intersection
  : never;

type PartOf<Module, Part extends keyof ServerModule> = Module extends { [key in Part]: infer Value }
  ? Value extends ModuleTables<infer Tables>
    ? Tables
    : Value
  : never;

/** One part of every module (its tables, or its abilities), merged into one object type. */
export type Composed<
  Modules extends readonly ServerModule[],
  Part extends 'tables' | 'abilities',
> = UnionToIntersection<PartOf<Modules[number], Part>>;

/** Every module's ledger kinds, as one union. */
export type ComposedLedgerKinds<Modules extends readonly ServerModule[]> =
  PartOf<Modules[number], 'ledgerKinds'> extends readonly (infer Kind)[] ? Kind : never;
