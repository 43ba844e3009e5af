import type { ColumnType } from 'kysely';

import type { Json, Timestamp } from '../../db/columns.ts';
import type { XapiStatement } from './statement.ts';

/** A recorded statement (migration 20261206130000); written once by recordStatement, never updated. */
export interface XapiStatementsTable {
  /** The statement's own id. */
  id: string;
  organizationId: string;
  /** Orders and pages the resource; bigint, read as its text. */
  seq: ColumnType<string, never, never>;
  stored: Timestamp;
  timestamp: Timestamp;
  /** The verb's IRI. */
  verb: string;
  actorPersonId: string | null;
  /** The actor's inverse functional identifier as one text (`mbox:mailto:…`), what `agent=` matches. */
  actorIfi: string;
  statement: Json<XapiStatement>;
}

export interface XapiTables {
  xapiStatements: XapiStatementsTable;
}
