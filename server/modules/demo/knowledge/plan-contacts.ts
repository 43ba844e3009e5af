import type { Random } from '../../../../domain/random.ts';
import type { DemoArticle } from './demo-article.ts';
import { daysBefore, type PlannedArticle } from './plan-articles.ts';

const MINUTE = 60 * 1000;
/** Closed contacts over the last 90 days: about 13 a day, a small contact centre's phone, chat and email. */
const CONTACTS = 1_150;

export type PlannedContact = {
  customerRef: string;
  openedBy: string;
  channel: 'call' | 'chat' | 'email';
  reason: string;
  notes: string;
  openedAt: Date;
  closedAt: Date;
};
export type PlannedLink = {
  contact: number;
  articleKey: string;
  kind: 'reused' | 'created' | 'flagged';
  query: string | null;
  by: string;
  at: Date;
};
export type PlannedSearch = {
  contact: number;
  by: string;
  query: string;
  resultCount: number;
  at: Date;
};
export type ContactHistory = {
  contacts: PlannedContact[];
  links: PlannedLink[];
  searches: PlannedSearch[];
};

export type Floor = {
  /** Emails of the reps who take contacts, each with how often they do. */
  reps: ReadonlyArray<readonly [string, number]>;
  customerRefs: readonly string[];
};

/** What the floor reaches for most: the everyday calls of an outdoor retailer, most asked first. */
const mostReused = [
  'delivery-marked-delivered-not-received',
  'returns-where-is-refund',
  'delivery-tracking-stuck',
  'returns-exchange-size',
  'payments-charged-twice',
  'warranty-jacket-zip-broken',
  'delivery-part-of-order-missing',
  'payments-promo-code-failed',
  'accounts-reset-email-missing',
  'delivery-box-crushed',
  'returns-how-to-return',
  'delivery-wrong-item-in-box',
];

/** Searches whose contact got no article: what customers asked that the knowledge base does not answer yet. */
const gapSearches = [
  'ski wax',
  'kayak paddle length',
  'do you sell bike racks',
  'student discount',
  'military discount',
  'gift wrap',
  'ship to uk',
  'price match rei',
  'harness recall',
  'tent heater safe',
  'replacement hip belt buckle',
  'embroider company logo',
  'bulk order for scouts',
  'apple pay not working',
  'snowshoe size',
  'dog pack',
  'venmo',
  'register warranty',
  'bite valve leaking',
  'ice axe length',
  'rent satellite messenger',
  'hood detach jacket',
  'catalogue by post',
  'resell on marketplace',
];

const quietReasons = [
  'Order status, no problem',
  'Wanted to order by phone',
  'Asked about a product before buying',
  'Changed the delivery address',
  'Question about a promotion',
  'Called back about an earlier contact',
  'Thanked the team for a repair',
  'Asked for the store opening hours',
  'Updated their email preferences',
  'Wrong number, meant to call the bank',
];

/**
 * The last 90 days of the floor's contacts: most end with an article reused (a few articles dozens
 * of times, a long tail rarely), some with an article created from the contact, some with searches
 * that found nothing worth linking (the gaps), the rest with no search at all.
 */
export function planContacts(
  random: Random,
  now: Date,
  floor: Floor,
  articles: readonly PlannedArticle[],
): ContactHistory {
  const history: ContactHistory = { contacts: [], links: [], searches: [] };
  const pick = reuseWeights(random, articles);
  for (const planned of articles.filter((a) => a.createdOnContact))
    created(random, history, floor, planned);
  for (let i = 0; i < CONTACTS; i += 1) {
    const contact = newContact(random, floor, daysBefore(now, random.int(1, 90), random));
    const roll = random.next();
    if (roll < 0.56) reused(random, history, contact, pick);
    else if (roll < 0.66) gap(random, history, contact);
    else history.contacts.push({ ...contact, reason: random.pick(quietReasons), notes: '' });
  }
  return history;
}

type Draft = Omit<PlannedContact, 'reason' | 'notes'> & { notes?: string };

function newContact(random: Random, floor: Floor, openedAt: Date, openedBy?: string): Draft {
  return {
    customerRef: random.pick(floor.customerRefs),
    openedBy: openedBy ?? random.weighted(floor.reps),
    channel: random.weighted([
      ['call', 60],
      ['chat', 25],
      ['email', 15],
    ] as const),
    openedAt,
    closedAt: new Date(openedAt.getTime() + random.int(4, 28) * MINUTE),
  };
}

function push(history: ContactHistory, contact: PlannedContact): number {
  history.contacts.push(contact);
  return history.contacts.length - 1;
}

function reused(
  random: Random,
  history: ContactHistory,
  draft: Draft,
  pick: (before: Date, not?: string) => DemoArticle | undefined,
): void {
  const first = pick(draft.openedAt);
  if (!first)
    return void history.contacts.push({ ...draft, reason: random.pick(quietReasons), notes: '' });
  const contact = push(history, {
    ...draft,
    reason: reasonFor(random, first),
    notes: draft.notes ?? '',
  });
  let at = new Date(draft.openedAt.getTime() + random.int(20, 90) * 1000);
  // One search in five first misses: a typo or the customer's own words, then a better try.
  if (random.chance(0.2)) {
    history.searches.push({
      contact,
      by: draft.openedBy,
      query: misspelt(random, searchText(random, first)),
      resultCount: random.int(0, 2),
      at,
    });
    at = new Date(at.getTime() + random.int(15, 60) * 1000);
  }
  const articlesOnIt = random.chance(0.08) ? [first, pick(draft.openedAt, first.key)] : [first];
  for (const article of articlesOnIt) {
    if (!article) continue;
    const query = searchText(random, article);
    history.searches.push({
      contact,
      by: draft.openedBy,
      query,
      resultCount: random.int(3, 14),
      at,
    });
    at = new Date(at.getTime() + random.int(20, 150) * 1000);
    history.links.push({
      contact,
      articleKey: article.key,
      kind: 'reused',
      query,
      by: draft.openedBy,
      at,
    });
    at = new Date(at.getTime() + random.int(30, 120) * 1000);
  }
  const last = history.contacts[contact]!;
  if (last.closedAt < at) last.closedAt = new Date(at.getTime() + random.int(1, 5) * MINUTE);
}

function gap(random: Random, history: ContactHistory, draft: Draft): void {
  const query = random.pick(gapSearches);
  const contact = push(history, { ...draft, reason: capitalise(query), notes: '' });
  const at = new Date(draft.openedAt.getTime() + random.int(30, 200) * 1000);
  history.searches.push({
    contact,
    by: draft.openedBy,
    query,
    resultCount: random.chance(0.6) ? 0 : random.int(1, 4),
    at,
  });
}

/** A contact whose rep found nothing, wrote the article, and linked it as `created`. */
function created(
  random: Random,
  history: ContactHistory,
  floor: Floor,
  planned: PlannedArticle,
): void {
  const { article, createdAt } = planned;
  const openedAt = new Date(createdAt.getTime() - random.int(6, 20) * MINUTE);
  const draft = newContact(random, floor, openedAt, article.owner);
  const contact = push(history, {
    ...draft,
    reason: article.title,
    notes: article.problem,
    closedAt: new Date(createdAt.getTime() + random.int(2, 8) * MINUTE),
  });
  history.searches.push({
    contact,
    by: article.owner,
    query: searchText(random, article),
    resultCount: random.int(0, 2),
    at: new Date(openedAt.getTime() + random.int(60, 240) * 1000),
  });
  history.links.push({
    contact,
    articleKey: article.key,
    kind: 'created',
    query: null,
    by: article.owner,
    at: createdAt,
  });
}

/**
 * Reuse follows a long tail: the everyday articles first, then the rest in a seeded order, each
 * chosen with weight 1/(rank + 4); an article not yet validated is reached for half as often.
 */
function reuseWeights(random: Random, articles: readonly PlannedArticle[]) {
  const usable = articles.filter(
    (a) => a.article.state === 'validated' || a.article.state === 'not_validated',
  );
  const rest = usable.filter((a) => !mostReused.includes(a.article.key));
  for (let i = rest.length - 1; i > 0; i -= 1) {
    const j = random.int(0, i);
    [rest[i], rest[j]] = [rest[j]!, rest[i]!];
  }
  const ranked = [...mostReused.map((key) => usable.find((a) => a.article.key === key)!), ...rest];
  const weights = ranked.map(
    (a, r) => [a, (a.article.state === 'validated' ? 1 : 0.5) / (r + 4)] as const,
  );
  return (before: Date, not?: string): DemoArticle | undefined => {
    const open = weights.filter(([a]) => a.createdAt < before && a.article.key !== not);
    return open.length > 0 ? random.weighted(open).article : undefined;
  };
}

// Words a rep leaves out of a search box: the glue of a sentence, not what it is about.
const stop = new Set(
  (
    "i my me the a an is it it's can can't do does don't how what why you your to of and but on in for " +
    "i've i'm i'd has have had are was were not this that there with at from get got any just saw " +
    'need want wants one all now no so if be been or they them their we us our will would could should ' +
    'when where which who still even only also some more than then after before over out up off again ' +
    'last next said says say every time way like make sure yesterday today week weeks month days ' +
    'ago much many very really thing things nothing anything someone else tell told keep keeps'
  ).split(' '),
);

/** What a rep types: a tag, a few words of the title, or a few of the customer's own words. */
export function searchText(random: Random, article: DemoArticle): string {
  const keyWords = (text: string) =>
    (text.toLowerCase().match(/[a-z0-9']+/g) ?? []).filter((w) => w.length > 2 && !stop.has(w));
  const titleWords = keyWords(article.title);
  const fromTitle = titleWords.slice(0, Math.min(titleWords.length, random.int(3, 4))).join(' ');
  const sentences = article.problem.split(/(?<=[.!?])\s+/).map(keyWords);
  const rich = sentences.filter((words) => words.length >= 3);
  const fromProblem = random
    .pick(rich.length > 0 ? rich : sentences)
    .slice(0, random.int(3, 4))
    .join(' ');
  const tag = random.pick(article.tags).replace(/-/g, ' ');
  return (
    random.weighted([
      [fromTitle, 5],
      [fromProblem, 3],
      [tag, 2],
    ] as const) || article.title.toLowerCase()
  );
}

function misspelt(random: Random, text: string): string {
  const words = text.split(' ');
  const i = random.int(0, words.length - 1);
  const word = words[i]!;
  if (word.length > 4) {
    const at = random.int(1, word.length - 2);
    words[i] = word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
  }
  return words.join(' ');
}

function reasonFor(random: Random, article: DemoArticle): string {
  return random.chance(0.5) ? article.title : capitalise(searchText(random, article));
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
