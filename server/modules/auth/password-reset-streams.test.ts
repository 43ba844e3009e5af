import { randomUUID } from 'node:crypto';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { recordEvents } from '../../realtime/record-events.ts';
import { createFixtureOrganization, type FixtureOrganization } from '../../testing/fixtures.ts';
import { createTestApp, signIn, TestClient, type TestApp } from '../../testing/test-app.ts';
import { SseTestClient } from '../events/sse-test-client.ts';
import { requestPasswordReset } from './commands/request-password-reset.ts';

/**
 * A reset is what someone does when they fear another has their password: the other sessions end,
 * and so do the event streams open on them, on every instance, at once. The periodic re-check is
 * pushed far out, so only the reset's notification can end the stream before the test gives up.
 */
describe('a password reset and the open event streams', () => {
  let t: TestApp;
  let base: string;
  let org: FixtureOrganization;

  beforeAll(async () => {
    t = await createTestApp({ config: { streamRecheckSeconds: 600 } });
    org = await createFixtureOrganization(t.ctx.db, 'reset-streams');
    base = await t.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(() => t.close());

  it('ends the stream of the session signed in elsewhere, and sends nothing recorded after', async () => {
    const personId = org.people.agent.id;
    const elsewhere = await signIn(t.app, org.people.agent.email);
    const cookie = Object.entries(elsewhere.sessionCookies)
      .map(([name, value]) => `${name}=${value}`)
      .join('; ');
    const stream = await SseTestClient.open(`${base}/api/events`, { cookie });
    try {
      expect(stream.response.status).toBe(200);
      const popped = () => ({
        organizationId: org.id,
        recipientId: personId,
        type: 'contact.popped' as const,
        data: { contactId: randomUUID(), customerId: org.customerId, phone: '+13125550199' },
      });
      const [before] = await recordEvents(t.ctx.db, [popped()]);
      expect((await stream.next()).json.id).toBe(before);

      const reset = await requestPasswordReset({
        db: t.ctx.db,
        email: org.people.agent.email,
        address: '203.0.113.5',
        now: t.ctx.now(),
        ttlMinutes: 60,
        limits: { pairFree: 10, perAddress: 100, perAccount: 50, windowMinutes: 15 },
      });
      const done = await new TestClient(t.app).post('/api/auth/reset-password', {
        token: reset!.token,
        password: 'marble orchard whistle',
      });
      expect(done.statusCode, done.body).toBe(200);
      const [after] = await recordEvents(t.ctx.db, [popped()]);

      await Promise.race([
        stream.ended,
        new Promise((_, reject) =>
          setTimeout(() => reject(new Error('the stream outlived the reset')), 10_000),
        ),
      ]);
      const delivered = stream.frames.received.map(
        (f) => (JSON.parse(f.data) as { id: number }).id,
      );
      expect(delivered).not.toContain(after);
      expect((await elsewhere.get('/api/me')).statusCode).toBe(401);
    } finally {
      stream.close();
    }
  });
});
