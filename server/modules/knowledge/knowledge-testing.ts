import type { FixtureOrganization } from '../../testing/fixtures.ts';
import type { TestApp, TestClient } from '../../testing/test-app.ts';
import type { KnowledgeLicence } from './tables.ts';

/** What the knowledge tests share: granting licences as the fixture's admin, writing an article. */
export function knowledgeHelpers(t: TestApp, org: FixtureOrganization) {
  return {
    /** Grants straight in the table: the licence API itself is tested through HTTP in licences.test.ts. */
    grant: async (personId: string, licence: KnowledgeLicence) => {
      await t.ctx.db
        .insertInto('knowledgeLicences')
        .values({
          personId,
          organizationId: org.id,
          licence,
          grantedBy: org.people.admin.id,
          grantedAt: t.clock.now(),
        })
        .onConflict((oc) => oc.column('personId').doUpdateSet({ licence }))
        .execute();
    },
    write: async (client: TestClient, body: Record<string, unknown> = {}) => {
      const response = await client.post('/api/knowledge/articles', {
        title: 'Missing delivery',
        problem: 'My tent never showed up',
        resolution: 'Check the carrier tracking.\nReship if lost.',
        visibility: 'internal',
        typeKeys: ['refund'],
        ...body,
      });
      if (response.statusCode !== 201)
        throw new Error(`writing an article: ${response.statusCode} ${response.body}`);
      return response.json().article as { id: string; version: number; state: string };
    },
  };
}
