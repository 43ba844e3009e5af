import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../errors.ts';
import type { XapiStatement } from '../statement.ts';

export type StatementFilter = {
  since?: Date;
  until?: Date;
  verb?: string;
  /** The actor's identifier as agentIfi writes it. */
  actorIfi?: string;
};

export type StatementPage = { statements: XapiStatement[]; nextCursor: string | null };

/**
 * One page of an organization's statements, newest stored first (or oldest, `ascending`), as the
 * spec orders them (§2.1.3); the sequence breaks ties between equal stored times. The cursor is the
 * (stored, seq) of the last statement handed out, so each page starts exactly after the one before.
 */
export async function pageStatements(options: {
  db: Db;
  organizationId: string;
  filter: StatementFilter;
  ascending: boolean;
  limit: number;
  cursor?: string;
}): Promise<StatementPage> {
  const { db, organizationId, filter, ascending, limit } = options;
  const after = options.cursor ? decodeCursor(options.cursor) : null;
  const past = ascending ? '>' : '<';
  let query = db
    .selectFrom('xapiStatements')
    .select(['seq', 'stored', 'statement'])
    .where('organizationId', '=', organizationId);
  if (filter.since) query = query.where('stored', '>', filter.since);
  if (filter.until) query = query.where('stored', '<=', filter.until);
  if (filter.verb) query = query.where('verb', '=', filter.verb);
  if (filter.actorIfi) query = query.where('actorIfi', '=', filter.actorIfi);
  if (after)
    query = query.where((eb) =>
      eb.or([
        eb('stored', past, after.stored),
        eb.and([eb('stored', '=', after.stored), eb('seq', past, after.seq)]),
      ]),
    );
  const order = ascending ? 'asc' : 'desc';
  const rows = await query
    .orderBy('stored', order)
    .orderBy('seq', order)
    .limit(limit + 1)
    .execute();
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    statements: page.map((row) => row.statement),
    nextCursor: rows.length > limit && last ? encodeCursor(last.stored, String(last.seq)) : null,
  };
}

function encodeCursor(stored: Date, seq: string): string {
  return Buffer.from(`${stored.getTime()}.${seq}`).toString('base64url');
}

function decodeCursor(cursor: string): { stored: Date; seq: string } {
  const match = /^(\d{1,15})\.(\d{1,19})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match?.[1] || !match[2])
    throw AppError.invalid('cursor', 'must be the cursor of a `more` link');
  return { stored: new Date(Number(match[1])), seq: match[2] };
}

/** One statement by its id, in the caller's organization only. */
export async function findStatement(options: {
  db: Db;
  organizationId: string;
  statementId: string;
}): Promise<XapiStatement | undefined> {
  const row = await options.db
    .selectFrom('xapiStatements')
    .select('statement')
    .where('organizationId', '=', options.organizationId)
    .where('id', '=', options.statementId)
    .executeTakeFirst();
  return row?.statement;
}
