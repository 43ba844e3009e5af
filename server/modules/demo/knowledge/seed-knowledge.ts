import { randomUUID } from 'node:crypto';

import { sql, type Transaction } from 'kysely';

import { createRandom } from '../../../../domain/random.ts';
import type { Database } from '../../../db/schema.ts';
import { articleSearchVector } from '../../knowledge/search/article-search-vector.ts';
import { defaultStandard } from '../../knowledge/standard/default-standard.ts';
import { appendLedgerEntries } from '../../ledger/commands/append-ledger-entries.ts';
import type { DemoData } from '../demo-data.ts';
import { demoPolicyChangeFlag } from './demo-flags.ts';
import { knowledgeLedger } from './knowledge-ledger.ts';
import { demoLicences, licenceGrantor } from './plan-articles.ts';
import { planKnowledge, type KnowledgePlan } from './plan-knowledge.ts';
import { planReviews } from './plan-reviews.ts';

/** Its own stream, so adding knowledge leaves the people, customers and orders exactly as they were. */
const KNOWLEDGE_SEED = 20261205;
const DAY = 24 * 60 * 60 * 1000;
const BATCH_SIZE = 500;

type Trx = Transaction<Database>;

export type SeedKnowledgeOptions = {
  trx: Trx;
  organizationId: string;
  now: Date;
  data: DemoData;
  personIds: ReadonlyMap<string, string>;
  customerIds: ReadonlyMap<string, string>;
};

type Ids = { person: (email: string) => string; article: (key: string) => string };

/**
 * Northwind's knowledge base with its history: licences, articles and every version, the flags
 * raised and resolved, and 90 days of contacts with the links and searches reps made on them. Rows
 * are written directly (as the rest of the demo is), consistent with what the commands would have
 * written: reuse counts from the reused links, learned terms from the links' search text, the
 * ledger's licence grants, publications and archivings.
 */
export async function seedDemoKnowledge(options: SeedKnowledgeOptions): Promise<void> {
  const { trx, organizationId, now } = options;
  const plan = planKnowledge(createRandom(KNOWLEDGE_SEED), now, options.data);
  const articleIds = new Map(plan.articles.map((p) => [p.article.key, randomUUID()]));
  const ids: Ids = {
    person: (email) => required(options.personIds, email),
    article: (key) => required(articleIds, key),
  };
  await insertLicences(trx, organizationId, now, ids);
  await insertArticles(trx, organizationId, plan, ids);
  const contactIds = await insertContacts(trx, organizationId, plan, options);
  await insertLinksAndSearches(trx, organizationId, plan, ids, contactIds);
  await insertFlags(trx, organizationId, plan, ids);
  await learnFromLinks(trx, organizationId);
  await insertReviews(trx, organizationId, plan, ids, now);
  await appendLedgerEntries(trx, organizationId, knowledgeLedger(plan, now, ids));
}

async function insertLicences(trx: Trx, organizationId: string, now: Date, ids: Ids) {
  await trx
    .insertInto('knowledgeLicences')
    .values(
      demoLicences.map((l) => ({
        personId: ids.person(l.email),
        organizationId,
        licence: l.licence,
        grantedBy: ids.person(licenceGrantor),
        grantedAt: new Date(now.getTime() - l.daysAgo * DAY),
      })),
    )
    .execute();
}

function reuseOf(plan: KnowledgePlan): Map<string, { count: number; last: Date }> {
  const reuse = new Map<string, { count: number; last: Date }>();
  for (const link of plan.history.links) {
    if (link.kind !== 'reused') continue;
    const seen = reuse.get(link.articleKey);
    if (!seen) reuse.set(link.articleKey, { count: 1, last: link.at });
    else
      reuse.set(link.articleKey, {
        count: seen.count + 1,
        last: seen.last > link.at ? seen.last : link.at,
      });
  }
  return reuse;
}

async function insertArticles(trx: Trx, organizationId: string, plan: KnowledgePlan, ids: Ids) {
  const reuse = reuseOf(plan);
  const rows = plan.articles.map(({ article, createdAt, versions }) => {
    const last = versions[versions.length - 1]!;
    return {
      id: ids.article(article.key),
      organizationId,
      title: article.title,
      problem: article.problem,
      context: article.context,
      resolution: article.resolution,
      cause: article.cause,
      visibility: article.visibility,
      state: article.state,
      typeKeys: article.typeKeys,
      tags: article.tags,
      ownerId: ids.person(article.owner),
      version: last.version,
      createdAt,
      updatedAt: last.at,
      reuseCount: reuse.get(article.key)?.count ?? 0,
      lastReusedAt: reuse.get(article.key)?.last ?? null,
      searchVector: articleSearchVector(article),
    };
  });
  await inBatches(rows, (batch) => trx.insertInto('knowledgeArticles').values(batch).execute());
  const versions = plan.articles.flatMap(({ article, versions }) =>
    versions.map((v) => ({
      articleId: ids.article(article.key),
      version: v.version,
      organizationId,
      title: article.title,
      problem: article.problem,
      context: article.context,
      resolution: v.resolution,
      cause: article.cause,
      visibility: v.visibility,
      state: v.state,
      typeKeys: article.typeKeys,
      tags: v.tags,
      authorId: ids.person(v.authorEmail),
      createdAt: v.at,
    })),
  );
  await inBatches(versions, (batch) =>
    trx.insertInto('knowledgeArticleVersions').values(batch).execute(),
  );
}

async function insertContacts(
  trx: Trx,
  organizationId: string,
  plan: KnowledgePlan,
  options: SeedKnowledgeOptions,
): Promise<string[]> {
  const phones = new Map(options.data.customers.map((c) => [c.ref, c.phone]));
  const contactIds = plan.history.contacts.map(() => randomUUID());
  const rows = plan.history.contacts.map((c, i) => ({
    id: contactIds[i]!,
    organizationId,
    customerId: required(options.customerIds, c.customerRef),
    openedBy: required(options.personIds, c.openedBy),
    channel: c.channel,
    reason: c.reason,
    status: 'closed' as const,
    phone: c.channel === 'call' ? (phones.get(c.customerRef) ?? null) : null,
    externalCallId: null,
    notes: c.notes,
    openedAt: c.openedAt,
    closedAt: c.closedAt,
  }));
  await inBatches(rows, (batch) => trx.insertInto('contacts').values(batch).execute());
  return contactIds;
}

async function insertLinksAndSearches(
  trx: Trx,
  organizationId: string,
  plan: KnowledgePlan,
  ids: Ids,
  contactIds: readonly string[],
) {
  const links = plan.history.links.map((l) => ({
    organizationId,
    contactId: contactIds[l.contact]!,
    articleId: ids.article(l.articleKey),
    kind: l.kind,
    query: l.query,
    linkedBy: ids.person(l.by),
    createdAt: l.at,
  }));
  await inBatches(links, (batch) => trx.insertInto('knowledgeLinks').values(batch).execute());
  const searches = plan.history.searches.map((s) => ({
    organizationId,
    personId: ids.person(s.by),
    contactId: contactIds[s.contact]!,
    query: s.query,
    resultCount: s.resultCount,
    createdAt: s.at,
  }));
  await inBatches(searches, (batch) => trx.insertInto('knowledgeSearches').values(batch).execute());
}

async function insertFlags(trx: Trx, organizationId: string, plan: KnowledgePlan, ids: Ids) {
  const people = plan.flags.map(({ flag, at, resolvedAt }) => ({
    organizationId,
    articleId: ids.article(flag.articleKey),
    source: 'person' as const,
    raisedBy: ids.person(flag.raisedBy),
    comment: flag.comment,
    createdAt: at,
    resolvedAt,
    resolvedBy: flag.resolved ? ids.person(flag.resolved.by) : null,
    resolutionNote: flag.resolved?.note ?? null,
  }));
  const system = {
    organizationId,
    articleId: ids.article(demoPolicyChangeFlag.articleKey),
    source: 'policy_change' as const,
    raisedBy: null,
    comment: demoPolicyChangeFlag.comment,
    policyVersion: 1,
    createdAt: plan.policyChangeFlagAt,
  };
  await trx.insertInto('knowledgeFlags').values(people).execute();
  await trx.insertInto('knowledgeFlags').values(system).execute();
}

/**
 * The coach's scores against the content standard. The demo starts with the knowledge module's
 * default checklist, written as its first read would write it (unless the organization has one);
 * reviews go against whichever checklist is there, in its order.
 */
async function insertReviews(
  trx: Trx,
  organizationId: string,
  plan: KnowledgePlan,
  ids: Ids,
  now: Date,
) {
  const existing = await trx
    .selectFrom('knowledgeStandardCriteria')
    .select(['id'])
    .where('organizationId', '=', organizationId)
    .where('active', '=', true)
    .orderBy('position')
    .execute();
  const criteria =
    existing.length > 0
      ? existing.map((c) => c.id)
      : (
          await trx
            .insertInto('knowledgeStandardCriteria')
            .values(
              defaultStandard.map((c, i) => ({
                organizationId,
                position: i + 1,
                label: c.label,
                description: c.description,
              })),
            )
            .returning(['id', 'position'])
            .execute()
        )
          .sort((a, b) => a.position - b.position)
          .map((c) => c.id);
  const reviews = planReviews(createRandom(KNOWLEDGE_SEED + 1), now, plan.articles).map((r) => {
    const met = r.met.filter((i) => i < criteria.length).map((i) => criteria[i]!);
    return {
      organizationId,
      articleId: ids.article(r.articleKey),
      articleVersion: r.version,
      coachId: ids.person(r.coachEmail),
      authorId: ids.person(r.authorEmail),
      metCriteria: met,
      totalCriteria: criteria.length,
      score: Math.round((100 * met.length) / criteria.length),
      comment: r.comment,
      createdAt: r.at,
    };
  });
  if (reviews.length > 0) await trx.insertInto('knowledgeQualityReviews').values(reviews).execute();
}

/**
 * What learnFromLink (search/learn-from-link.ts) does for each link that carries its search text,
 * done for the whole history at once: one hit per lexeme per link.
 */
async function learnFromLinks(trx: Trx, organizationId: string) {
  await sql`
    insert into knowledge_learned_terms (organization_id, article_id, term, hits)
    select l.organization_id, l.article_id, lexeme, count(*)
    from knowledge_links l,
      unnest(tsvector_to_array(to_tsvector('english', left(l.query, 500)))) as lexeme
    where l.organization_id = ${organizationId} and l.query is not null
    group by l.organization_id, l.article_id, lexeme`.execute(trx);
}

async function inBatches<T>(rows: readonly T[], insert: (batch: T[]) => Promise<unknown>) {
  for (let start = 0; start < rows.length; start += BATCH_SIZE)
    await insert(rows.slice(start, start + BATCH_SIZE));
}

function required<K>(ids: ReadonlyMap<K, string>, key: K): string {
  const id = ids.get(key);
  if (!id) throw new Error(`Demo knowledge refers to unknown ${String(key)}`);
  return id;
}
