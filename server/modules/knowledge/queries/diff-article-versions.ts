import type { Kysely } from 'kysely';

import { lineDiff, type DiffPart } from '../../../../domain/knowledge/line-diff.ts';
import type { Database } from '../../../db/schema.ts';
import { AppError } from '../../../errors.ts';

const fields = [
  'title',
  'problem',
  'context',
  'resolution',
  'cause',
  'visibility',
  'state',
  'typeKeys',
  'tags',
] as const;

type Field = (typeof fields)[number];
export type FieldDiff = { field: Field; changed: boolean; parts: DiffPart[] };

type Version = Record<Field, string | string[] | null>;

/** A field as lines: lists one item a line, an absent cause as no lines. */
const asText = (value: string | string[] | null) =>
  Array.isArray(value) ? value.join('\n') : (value ?? '');

/**
 * A line diff of each field between two saved versions of an article (the caller has already found
 * the article visible). Either order works: from 5 to 2 shows how to get back.
 */
export async function diffArticleVersions(
  db: Kysely<Database>,
  options: { organizationId: string; articleId: string; from: number; to: number },
): Promise<FieldDiff[]> {
  const rows = await db
    .selectFrom('knowledgeArticleVersions')
    .select(['version', ...fields])
    .where('organizationId', '=', options.organizationId)
    .where('articleId', '=', options.articleId)
    .where('version', 'in', [options.from, options.to])
    .execute();
  const find = (version: number, field: 'from' | 'to'): Version => {
    const row = rows.find((r) => r.version === version);
    if (!row) throw AppError.invalid(field, `the article has no version ${version}`);
    return row;
  };
  const before = find(options.from, 'from');
  const after = find(options.to, 'to');
  return fields.map((field) => {
    const a = asText(before[field]);
    const b = asText(after[field]);
    return { field, changed: a !== b, parts: lineDiff(a, b) };
  });
}
