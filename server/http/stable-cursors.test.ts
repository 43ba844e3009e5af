import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createFixtureOrganization, type FixtureOrganization } from '../testing/fixtures.ts';
import { createTestApp, signIn, type TestApp, type TestClient } from '../testing/test-app.ts';

/**
 * People, teams and customers are what gets renamed (an admin's edit, an import's correction). A walk
 * along their nextCursor must still return every row present when it began exactly once, however
 * rows are renamed and added between its pages or while it runs.
 */
describe('a cursor walk survives renames', () => {
  let t: TestApp;
  let org: FixtureOrganization;
  let admin: TestClient;
  let agent: TestClient;
  let made = 0;

  beforeAll(async () => {
    t = await createTestApp();
    org = await createFixtureOrganization(t.ctx.db, 'cursors');
    admin = await signIn(t.app, org.people.admin.email);
    agent = await signIn(t.app, org.people.agent.email);
  });
  afterAll(() => t.close());

  const created = (
    answer: { statusCode: number; body: string; json(): unknown },
    field: string,
  ) => {
    expect(answer.statusCode, answer.body).toBe(201);
    return ((answer.json() as Record<string, { id: string }>)[field] as { id: string }).id;
  };

  /**
   * Each list, and how a row is added and renamed (a team name, unique, ends in a count). A walk is filtered to one run's tag (in the
   * e-mail, or a team's name, which its renames keep), so runs do not read each other's rows.
   */
  const lists: Array<{
    list: string;
    insert: (tag: string, name: string) => Promise<string>;
    rename: (id: string, tag: string, name: string) => Promise<unknown>;
  }> = [
    {
      list: 'people',
      insert: async (tag, name) =>
        created(
          await admin.post('/api/people', {
            email: `${tag}-${made++}@cursors.test`,
            name,
            role: 'agent',
          }),
          'person',
        ),
      rename: async (id, _, name) => {
        const answer = await admin.patch(`/api/people/${id}`, { name });
        expect(answer.statusCode, answer.body).toBe(200);
      },
    },
    {
      list: 'customers',
      insert: async (tag, name) =>
        created(
          await agent.post('/api/customers', { name, email: `${tag}-${made++}@cursors.test` }),
          'customer',
        ),
      // As an import correcting a name does.
      rename: (id, _, name) =>
        t.ctx.db.updateTable('customers').set({ name }).where('id', '=', id).execute(),
    },
    {
      list: 'teams',
      insert: async (tag, name) =>
        (
          await t.ctx.db
            .insertInto('teams')
            .values({ organizationId: org.id, name: `${tag} ${name} ${made++}` })
            .returning('id')
            .executeTakeFirstOrThrow()
        ).id,
      rename: (id, tag, name) =>
        t.ctx.db
          .updateTable('teams')
          .set({ name: `${tag} ${name} ${made++}` })
          .where('id', '=', id)
          .execute(),
    },
  ];

  type List = (typeof lists)[number];
  const client = (list: List) => (list.list === 'people' ? admin : agent);

  /** Every page of one run's rows, `between` awaited after each page. */
  async function walk(list: List, tag: string, limit: number, between: (page: number) => unknown) {
    const ids: string[] = [];
    let cursor: string | null = null;
    let page = 0;
    do {
      const answer = await client(list).get(
        `/api/${list.list}?q=${tag}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(answer.statusCode, answer.body).toBe(200);
      const body = answer.json();
      ids.push(...(body[list.list] as Array<{ id: string }>).map((row) => row.id));
      cursor = body.nextCursor;
      await between(page++);
    } while (cursor);
    return ids;
  }

  function expectEachOnce(walked: string[], present: string[]) {
    const seen = new Map<string, number>();
    for (const id of walked) seen.set(id, (seen.get(id) ?? 0) + 1);
    expect(
      [...seen].filter(([, n]) => n > 1),
      'seen twice',
    ).toEqual([]);
    expect(
      present.filter((id) => !seen.has(id)),
      'missed',
    ).toEqual([]);
  }

  // Names that sort before and after each other in every way: case, length, a leading capital.
  const name = fc
    .tuple(
      fc.constantFrom('A', 'a', 'M', 'z', 'Z', 'b'),
      fc.string({ unit: fc.constantFrom('a', 'm', 'z', 'Z', ' '), maxLength: 4 }),
    )
    .map(([first, rest]) => `${first}${rest}`.trim());
  const change = fc.record({
    kind: fc.constantFrom('rename', 'rename', 'insert'),
    pick: fc.nat(),
    name,
  });
  let run = 0;

  it.each(lists.map((l) => [l.list, l]))(
    '%s: renames and inserts between pages neither skip nor repeat a row',
    async (_, list) => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(name, { minLength: 1, maxLength: 8 }),
          fc.integer({ min: 1, max: 3 }),
          fc.array(fc.array(change, { maxLength: 3 }), { maxLength: 8 }),
          async (names, limit, changesPerPage) => {
            const tag = `r${run++}x${list.list}`;
            const present: string[] = [];
            for (const n of names) present.push(await list.insert(tag, n));
            const known = [...present];
            const walked = await walk(list, tag, limit, async (page) => {
              for (const c of changesPerPage[page] ?? []) {
                if (c.kind === 'insert') known.push(await list.insert(tag, c.name));
                else await list.rename(known[c.pick % known.length]!, tag, c.name);
              }
            });
            expectEachOnce(walked, present);
          },
        ),
        { numRuns: 25 },
      );
    },
  );

  it.each(lists.map((l) => [l.list, l]))(
    '%s: a walk running while others rename and add rows returns each row present once',
    async (_, list) => {
      const tag = `c${run++}x${list.list}`;
      const present: string[] = [];
      for (let i = 0; i < 30; i++) present.push(await list.insert(tag, `${'AzMb'[i % 4]}${i}`));
      const writers = async (offset: number) => {
        for (let i = 0; i < 20; i++) {
          const target = present[(i * 7 + offset) % present.length]!;
          // Alternately to the front and to the back of any name order.
          await list.rename(target, tag, i % 2 ? `A${offset}${i}` : `zz${offset}${i}`);
          if (i % 4 === 0) await list.insert(tag, `m${offset}${i}`);
        }
      };
      const [walked] = await Promise.all([
        walk(list, tag, 2, () => undefined),
        writers(0),
        writers(3),
      ]);
      expectEachOnce(walked, present);
    },
  );
});
