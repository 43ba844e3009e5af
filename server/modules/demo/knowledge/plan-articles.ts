import type { Random } from '../../../../domain/random.ts';
import { staff, type DemoArticle, type DemoArticleState } from './demo-article.ts';

const DAY = 24 * 60 * 60 * 1000;

export type KnowledgeLicenceKey = 'candidate' | 'contributor' | 'publisher' | 'coach';

/** Who holds which KCS licence: every rep is trained to candidate, the senior floor contributes, leads publish. */
export const demoLicences: ReadonlyArray<{
  email: string;
  licence: KnowledgeLicenceKey;
  daysAgo: number;
}> = [
  { email: staff.gabriela, licence: 'coach', daysAgo: 400 },
  { email: staff.aisha, licence: 'publisher', daysAgo: 400 },
  { email: staff.marcus, licence: 'publisher', daysAgo: 380 },
  ...[staff.mei, staff.daniel, staff.fatima, staff.liam, staff.priya, staff.yuki].map(
    (email, i) => ({
      email,
      licence: 'contributor' as const,
      daysAgo: 360 - i * 25,
    }),
  ),
  ...[
    staff.bryan,
    staff.chloe,
    staff.jamal,
    staff.sofia,
    staff.linh,
    staff.emma,
    staff.diego,
    staff.grace,
    staff.samuel,
    staff.hannah,
    staff.omar,
    staff.olivia,
  ].map((email, i) => ({ email, licence: 'candidate' as const, daysAgo: 340 - i * 17 })),
];
export const licenceGrantor = staff.tomasz;

const rank: Record<KnowledgeLicenceKey, number> = {
  candidate: 1,
  contributor: 2,
  publisher: 3,
  coach: 4,
};
const holders = (min: KnowledgeLicenceKey) =>
  demoLicences.filter((l) => rank[l.licence] >= rank[min]).map((l) => l.email);
const contributors = holders('contributor');
// Admins may do all a publisher may: Tomasz archives now and then.
const publishers = [...holders('publisher'), staff.tomasz];

export type PlannedVersion = {
  version: number;
  state: DemoArticleState;
  visibility: DemoArticle['visibility'];
  resolution: string;
  tags: string[];
  authorEmail: string;
  at: Date;
};

export type PlannedArticle = {
  article: DemoArticle;
  createdAt: Date;
  versions: PlannedVersion[];
  /** Written on a contact by its owner, so the contact carries a `created` link. */
  createdOnContact: boolean;
};

/**
 * Each article's life, from its first save to the text in the data: a candidate's draft or
 * not-validated first version, edits by colleagues who added a step or a tag, validation by a
 * contributor (a publisher for an external article), archiving by a publisher. Earlier versions hold
 * the resolution without its later steps, so the diff between versions shows what each edit added.
 */
export function planArticles(
  articles: readonly DemoArticle[],
  random: Random,
  now: Date,
  archivedAt: ReadonlyMap<string, Date>,
): PlannedArticle[] {
  return articles.map((article) => {
    const recent =
      article.state === 'draft' ||
      (article.state !== 'archived' && random.chance(article.state === 'validated' ? 0.06 : 0.4));
    const createdAt = recent
      ? daysBefore(now, random.int(3, 80), random)
      : daysBefore(now, random.int(article.state === 'archived' ? 300 : 130, 900), random);
    const steps = lifecycle(article, random, archivedAt.has(article.key));
    const end =
      archivedAt.get(article.key) ??
      (recent ? daysBefore(now, 1, random) : daysBefore(now, 95, random));
    // Some edits also added the last tag.
    const tagAddedLater = article.tags.length > 1 && random.chance(0.3);
    const versions = steps.map((step, i): PlannedVersion => {
      const missing = steps.slice(i + 1).filter((later) => later.edit).length;
      const at = new Date(
        createdAt.getTime() +
          ((end.getTime() - createdAt.getTime()) * i) / Math.max(1, steps.length - 1),
      );
      return {
        version: i + 1,
        state: step.state,
        visibility: step.visibility,
        resolution: earlierText(article.resolution, missing),
        tags: missing > 0 && tagAddedLater ? article.tags.slice(0, -1) : [...article.tags],
        authorEmail: step.author,
        at: i === 0 ? createdAt : at,
      };
    });
    return { article, createdAt, versions, createdOnContact: recent };
  });
}

type Step = {
  state: DemoArticleState;
  visibility: DemoArticle['visibility'];
  author: string;
  edit: boolean;
};

function lifecycle(article: DemoArticle, random: Random, archived: boolean): Step[] {
  const owner = article.owner;
  const internal = 'internal' as const;
  const firstState: DemoArticleState =
    article.state === 'draft' || random.chance(0.35) ? 'draft' : 'not_validated';
  const steps: Step[] = [{ state: firstState, visibility: internal, author: owner, edit: false }];
  if (article.state === 'draft') {
    if (random.chance(0.4))
      steps.push({ state: 'draft', visibility: internal, author: owner, edit: true });
    return steps;
  }
  if (firstState === 'draft')
    steps.push({ state: 'not_validated', visibility: internal, author: owner, edit: true });
  if (article.state === 'not_validated') {
    if (random.chance(0.35))
      steps.push({
        state: 'not_validated',
        visibility: internal,
        author: other(random, contributors, owner),
        edit: true,
      });
    return steps;
  }
  const external = article.visibility === 'external';
  const validator = other(random, external ? publishers : [...contributors, ...publishers], owner);
  steps.push({
    state: 'validated',
    visibility: article.visibility,
    author: validator,
    edit: false,
  });
  // A third of the validated articles were improved later, by up to three different people.
  const edits = archived ? 0 : random.chance(0.35) ? random.int(1, 3) : 0;
  const editors = external ? publishers : [...contributors, ...publishers, owner];
  let previous = validator;
  for (let i = 0; i < edits; i += 1) {
    previous = other(random, editors, previous);
    steps.push({
      state: 'validated',
      visibility: article.visibility,
      author: previous,
      edit: true,
    });
  }
  if (article.state === 'archived')
    steps.push({
      state: 'archived',
      visibility: article.visibility,
      author: other(random, publishers, owner),
      edit: false,
    });
  return steps;
}

function other(random: Random, people: readonly string[], not: string): string {
  const choices = people.filter((email) => email !== not);
  return random.pick(choices.length > 0 ? choices : people);
}

/** The resolution as it read `missing` edits ago: its last lines had not been written yet. */
function earlierText(resolution: string, missing: number): string {
  if (missing === 0) return resolution;
  const lines = resolution.split('\n');
  return lines.slice(0, Math.max(2, lines.length - missing)).join('\n');
}

/** A moment in the Chicago working day `days` before `now` (14:00–23:59 UTC), never after `now`. */
export function daysBefore(now: Date, days: number, random: Random): Date {
  const midnight = Math.floor(now.getTime() / DAY) * DAY - days * DAY;
  const at =
    midnight + (14 * 60 + random.int(0, 9 * 60 + 59)) * 60 * 1000 + random.int(0, 59) * 1000;
  return new Date(Math.min(at, now.getTime() - 60 * 60 * 1000 - days * 60 * 1000));
}
