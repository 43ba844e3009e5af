import type { Page } from 'playwright-core';

import type { ApiSession } from '../approvals/rep-api.ts';
import { signInAs } from '../support/browser.ts';

export type StoredArticle = { id: string; title: string; state: string; version: number };

/** A word no demo article has, so a search for it finds this run's articles only. */
export const uniqueWord = () =>
  `zq${Math.random().toString(36).slice(2, 8).replace(/\d/g, 'x')}${Date.now().toString(36).replace(/\d/g, 'k')}`;

export async function writeArticle(
  as: ApiSession,
  fields: { title: string; problem: string; resolution: string; typeKeys?: string[] },
  state: 'draft' | 'not_validated' | 'validated' = 'validated',
): Promise<StoredArticle> {
  const { article } = await as.send<{ article: StoredArticle }>('POST', '/api/knowledge/articles', {
    ...fields,
    visibility: 'internal',
    state,
  });
  return article;
}

export async function personIdOf(admin: ApiSession, email: string): Promise<string> {
  const { people } = await admin.get<{ people: { id: string; email: string }[] }>(
    `/api/people?q=${encodeURIComponent(email)}`,
  );
  const person = people.find((p) => p.email === email);
  if (!person) throw new Error(`The demo data has no ${email}`);
  return person.id;
}

/** Gives a licence (or takes it with null); returns the undoing, back to what they held. */
export async function setLicence(
  admin: ApiSession,
  personId: string,
  licence: string | null,
): Promise<() => Promise<void>> {
  const { licences } = await admin.get<{
    licences: { person: { id: string }; licence: string }[];
  }>('/api/knowledge/licences?limit=500');
  const before = licences.find((l) => l.person.id === personId)?.licence ?? null;
  await admin.send('PUT', `/api/people/${personId}/knowledge-licence`, { licence });
  return async () => {
    await admin.send('PUT', `/api/people/${personId}/knowledge-licence`, { licence: before });
  };
}

export type ContactLink = { kind: string; article: { id: string; title: string } };

export const linksOf = async (as: ApiSession, contactId: string) =>
  (await as.get<{ links: ContactLink[] }>(`/api/contacts/${contactId}/articles`)).links;

/** Signs in through the form and waits until the app has left the sign-in page. */
export async function signedInAs(page: Page, email: string): Promise<void> {
  await signInAs(page, email);
  await page.waitForURL((url) => url.pathname !== '/login');
  await page.getByRole('heading', { level: 1 }).first().waitFor();
}
