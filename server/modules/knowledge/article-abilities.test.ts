import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  addFixturePerson,
  createFixtureOrganization,
  type FixtureOrganization,
} from '../../testing/fixtures.ts';
import { createTestApp, signIn, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { knowledgeHelpers } from './knowledge-testing.ts';
import type { ArticleState, ArticleVisibility, KnowledgeLicence } from './tables.ts';

const states: ArticleState[] = ['draft', 'not_validated', 'validated', 'archived'];
type Can = { edit: boolean; flag: boolean; moves: ArticleState[] };

/**
 * GET /api/knowledge/articles/:id answers what the viewer may do (`can`), and the write routes then
 * agree with it: every licence (and the admin, a publisher by role) against every state, visibility
 * and owner, each move and an edit tried for real.
 */
describe('what the article page offers is what the server accepts', () => {
  let t: TestApp;
  let org: FixtureOrganization;
  let kh: ReturnType<typeof knowledgeHelpers>;
  const viewers = {} as Record<string, { client: TestClient; personId: string }>;
  /** Owns the articles that are nobody's here. */
  let authorId: string;

  // The fixture's people, each with one licence (or none, or an admin's role).
  const cast: Array<[string, keyof FixtureOrganization['people'], KnowledgeLicence | null]> = [
    ['reader', 'agent2', null],
    ['candidate', 'agent', 'candidate'],
    ['contributor', 'supervisor', 'contributor'],
    ['publisher', 'manager', 'publisher'],
    ['coach', 'trainer', 'coach'],
    ['admin', 'admin', null],
  ];

  beforeAll(async () => {
    t = await createTestApp();
    org = await createFixtureOrganization(t.ctx.db, 'kcan');
    kh = knowledgeHelpers(t, org);
    authorId = (await addFixturePerson(t.ctx.db, org, 'author', 'agent')).id;
    for (const [name, key, licence] of cast) {
      if (licence) await kh.grant(org.people[key].id, licence);
      viewers[name] = {
        client: await signIn(t.app, org.people[key].email),
        personId: org.people[key].id,
      };
    }
  });
  afterAll(() => t.close());

  /** An article in any shape, written by the admin and then given to `ownerId`. */
  async function article(state: ArticleState, visibility: ArticleVisibility, ownerId: string) {
    const admin = viewers.admin!.client;
    const written = await kh.write(admin, {
      visibility,
      state: state === 'archived' ? 'validated' : state,
    });
    if (state === 'archived')
      expect(
        (await admin.post(`/api/knowledge/articles/${written.id}/state`, { state })).statusCode,
      ).toBe(200);
    await t.ctx.db
      .updateTable('knowledgeArticles')
      .set({ ownerId })
      .where('id', '=', written.id)
      .execute();
    return written.id;
  }

  const setState = (id: string, state: ArticleState) =>
    t.ctx.db.updateTable('knowledgeArticles').set({ state }).where('id', '=', id).execute();

  async function canOf(viewer: string, id: string): Promise<Can> {
    const answer = await viewers[viewer]!.client.get(`/api/knowledge/articles/${id}`);
    expect(answer.statusCode, answer.body).toBe(200);
    return answer.json().can;
  }

  it("a candidate's moves lack validated; a publisher's and an admin's include archived", async () => {
    const own = await article('not_validated', 'internal', viewers.candidate!.personId);
    expect(await canOf('candidate', own)).toEqual({
      edit: true,
      flag: true,
      moves: ['draft'],
    });
    const validated = await article('validated', 'internal', authorId);
    expect(await canOf('publisher', validated)).toEqual({
      edit: true,
      flag: true,
      moves: ['draft', 'not_validated', 'archived'],
    });
    expect((await canOf('admin', validated)).moves).toContain('archived');
    // A reader flags, and does nothing else.
    expect(await canOf('reader', validated)).toEqual({ edit: false, flag: true, moves: [] });
  });

  it('nobody may edit an archived article, not even an admin; a publisher may un-archive it', async () => {
    const archived = await article('archived', 'internal', viewers.admin!.personId);
    expect(await canOf('admin', archived)).toEqual({
      edit: false,
      flag: true,
      moves: ['draft', 'not_validated', 'validated'],
    });
  });

  it(
    'every licence × state × visibility × owner: each move and an edit are accepted exactly when offered',
    { timeout: 240_000 },
    async () => {
      const mismatches: string[] = [];
      for (const viewer of Object.keys(viewers))
        for (const state of states)
          for (const visibility of ['internal', 'external'] as const)
            for (const owner of ['own', 'other'] as const) {
              const ownerId = owner === 'own' ? viewers[viewer]!.personId : authorId;
              const id = await article(state, visibility, ownerId);
              const where = `${viewer} on ${owner} ${visibility} ${state}`;
              mismatches.push(...(await tryEverything(viewer, id, state, where)));
            }
      expect(mismatches).toEqual([]);
    },
  );

  /** Asks for `can`, then tries the edit and every move, and names each answer that disagrees. */
  async function tryEverything(viewer: string, id: string, state: ArticleState, where: string) {
    const client = viewers[viewer]!.client;
    const read = await client.get(`/api/knowledge/articles/${id}`);
    const mismatches: string[] = [];
    if (read.statusCode === 404) {
      // Not seen (someone else's draft, an archived one): nothing to offer, and nothing goes.
      const move = await client.post(`/api/knowledge/articles/${id}/state`, { state: 'draft' });
      if (move.statusCode !== 404)
        mismatches.push(`${where}: unseen, yet moved ${move.statusCode}`);
      return mismatches;
    }
    const { can, article: current } = read.json() as { can: Can; article: { version: number } };
    const edit = await client.patch(`/api/knowledge/articles/${id}`, {
      context: `Seen by ${viewer}`,
      expectedVersion: current.version,
    });
    if ((edit.statusCode === 200) !== can.edit)
      mismatches.push(`${where}: edit offered ${can.edit}, answered ${edit.statusCode}`);
    for (const to of states) {
      const move = await client.post(`/api/knowledge/articles/${id}/state`, { state: to });
      const offered = can.moves.includes(to);
      if ((move.statusCode === 200) !== offered)
        mismatches.push(`${where} → ${to}: offered ${offered}, answered ${move.statusCode}`);
      else if (!offered && ![403, 409].includes(move.statusCode))
        mismatches.push(`${where} → ${to}: refused with ${move.statusCode}`);
      if (move.statusCode === 200) await setState(id, state);
    }
    return mismatches;
  }
});
