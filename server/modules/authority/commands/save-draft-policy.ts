import { policyDocumentSchema } from '../../../../domain/authority/policy.ts';
import { validatePolicy, type PolicyIssue } from '../../../../domain/authority/validate.ts';
import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../errors.ts';
import { draftPolicy } from '../../../policies/draft-policy.ts';
import { authorizeRecord } from '../../../policies/verdict.ts';
import { checkOverridePeople } from '../queries/check-override-people.ts';

/**
 * Saves the organization's one draft, creating it if needed. A draft may still have problems (it is
 * work in progress); they come back as issues, and publishing refuses until there are none.
 */
export async function saveDraftPolicy(options: {
  db: Db;
  organizationId: string;
  personId: string;
  document: unknown;
  /** The draft's updatedAt the editor started from: a save over someone else's newer one is refused. */
  baseUpdatedAt?: Date | undefined;
  now: Date;
}): Promise<{ issues: PolicyIssue[] }> {
  const parsed = policyDocumentSchema.safeParse(options.document);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = ['document', ...issue.path.map(String)].join('.');
    throw AppError.invalid(field, issue.message);
  }
  const document = JSON.stringify(parsed.data);
  await checkOverridePeople(options.db, options.organizationId, parsed.data.overrides);
  await options.db.transaction().execute(async (trx) => {
    const current = await trx
      .selectFrom('authorityPolicies')
      .select(['id', 'updatedAt', 'document'])
      .where('organizationId', '=', options.organizationId)
      .where('status', '=', 'draft')
      .forUpdate()
      .executeTakeFirst();
    const base =
      current ??
      (await trx
        .selectFrom('authorityPolicies')
        .select('document')
        .where('organizationId', '=', options.organizationId)
        .where('status', '=', 'published')
        .orderBy('version', 'desc')
        .limit(1)
        .executeTakeFirst());
    const before = base ? policyDocumentSchema.parse(base.document).overrides : [];
    authorizeRecord(draftPolicy(options.personId).save({ before, after: parsed.data.overrides }));
    if (current) {
      if (
        options.baseUpdatedAt &&
        current.updatedAt.getTime() !== options.baseUpdatedAt.getTime()
      ) {
        throw new AppError(
          'conflict',
          'Someone else saved this draft after you opened it; reload to see their changes before saving yours',
          'baseUpdatedAt',
        );
      }
      // A changed draft is not the one a second admin was asked to agree to: the request lapses.
      await trx
        .updateTable('authorityPolicies')
        .set({
          document,
          updatedAt: options.now,
          publishRequestedBy: null,
          publishRequestedAt: null,
          publishRequestNote: null,
        })
        .where('id', '=', current.id)
        .execute();
      return;
    }
    const latest = await trx
      .selectFrom('authorityPolicies')
      .select((eb) => eb.fn.max('version').as('version'))
      .where('organizationId', '=', options.organizationId)
      .executeTakeFirst();
    await trx
      .insertInto('authorityPolicies')
      .values({
        organizationId: options.organizationId,
        version: (latest?.version ?? 0) + 1,
        status: 'draft',
        document,
        createdBy: options.personId,
        createdAt: options.now,
        updatedAt: options.now,
      })
      .execute();
  });
  const validation = validatePolicy(parsed.data);
  return { issues: validation.ok ? [] : validation.issues };
}
