import type { Random } from '../../../../domain/random.ts';
import type { DemoData } from '../demo-data.ts';
import { demoArticles } from './demo-articles.ts';
import { daysBefore, planArticles, type PlannedArticle } from './plan-articles.ts';
import { planContacts, type ContactHistory, type Floor } from './plan-contacts.ts';
import {
  addFlagContacts,
  archivedByFlag,
  planFlags,
  policyChangeFlagAt,
  type PlannedFlag,
} from './plan-flags.ts';

export type KnowledgePlan = {
  articles: PlannedArticle[];
  history: ContactHistory;
  flags: PlannedFlag[];
  policyChangeFlagAt: Date;
};

const DAY = 24 * 60 * 60 * 1000;

// The founding story's customers keep the history their story needs (Sarah's first contact is the story's).
const storyCustomers = new Set(['C-100001', 'C-100002', 'C-100003']);

/** The demo's knowledge history, computed in memory: which articles, whose contacts, what was searched. */
export function planKnowledge(random: Random, now: Date, data: DemoData): KnowledgePlan {
  const flags = planFlags(random, now);
  const archivedAt = archivedByFlag(flags);
  for (const article of demoArticles)
    if (article.state === 'archived' && !archivedAt.has(article.key))
      archivedAt.set(article.key, daysBefore(now, random.int(100, 250), random));
  const articles = planArticles(demoArticles, random, now, archivedAt);
  const floor = floorOf(data);
  const history = planContacts(random, now, floor, articles);
  const titles = new Map(demoArticles.map((a) => [a.key, a.title]));
  addFlagContacts(
    random,
    history,
    floor,
    flags,
    (key) => titles.get(key) ?? key,
    new Date(now.getTime() - 90 * DAY),
  );
  return { articles, history, flags, policyChangeFlagAt: policyChangeFlagAt(random, now) };
}

function floorOf(data: DemoData): Floor {
  const reps = data.people.flatMap((person): Array<readonly [string, number]> => {
    if (person.role === 'team_leader') return [[person.email, 0.4]];
    if (person.role !== 'agent' && person.role !== 'approver') return [];
    if (person.level === 'agent') return [[person.email, 3]];
    return person.level === 'senior_agent' ? [[person.email, 2]] : [];
  });
  const customerRefs = data.customers
    .filter((c) => c.linkedPersonEmail === null && !storyCustomers.has(c.ref))
    .map((c) => c.ref);
  return { reps, customerRefs };
}
