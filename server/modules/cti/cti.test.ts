import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createFixtureOrganization, type FixtureOrganization } from '../../testing/fixtures.ts';
import { createTestApp, signIn, TestClient, type TestApp } from '../../testing/test-app.ts';
import { createApiToken } from '../tokens/commands/create-api-token.ts';

describe('telephony events', () => {
  let t: TestApp;
  let org: FixtureOrganization;
  let telephony: TestClient;
  beforeAll(async () => {
    t = await createTestApp();
    org = await createFixtureOrganization(t.ctx.db, 'cti');
    await t.ctx.db
      .updateTable('people')
      .set({ extension: '2001' })
      .where('id', '=', org.people.agent.id)
      .execute();
    telephony = new TestClient(
      t.app,
      (await createApiToken({ db: t.ctx.db, organizationId: org.id, name: 'PBX', createdBy: null }))
        .token,
    );
  });
  afterAll(() => t.close());

  it("pops a known caller's contact onto the rep's screen, once per call", async () => {
    const ringing = await telephony.post('/api/cti/events', {
      type: 'call.ringing',
      callId: 'call-1',
      from: '(312) 555-0199',
      agent: '2001',
    });
    expect(ringing.statusCode).toBe(202);
    expect(ringing.json()).toMatchObject({
      customerId: org.customerId,
      matched: true,
      created: true,
    });
    const popped = await t.ctx.db
      .selectFrom('events')
      .select('data')
      .where('recipientId', '=', org.people.agent.id)
      .where('type', '=', 'contact.popped')
      .execute();
    expect(popped.map((e) => e.data)).toContainEqual({
      contactId: ringing.json().contactId,
      customerId: org.customerId,
      phone: '(312) 555-0199',
    });

    const answered = await telephony.post('/api/cti/events', {
      type: 'call.answered',
      callId: 'call-1',
      from: '+1 312 555 0199',
      agent: '2001',
    });
    expect(answered.json()).toMatchObject({ contactId: ringing.json().contactId, created: false });
    const agent = await signIn(t.app, org.people.agent.email);
    expect(
      (await agent.get(`/api/contacts/${ringing.json().contactId}`)).json().contact,
    ).toMatchObject({ channel: 'call', customerId: org.customerId, status: 'open' });
  });

  it('opens a contact without a customer for an unknown number, which the rep can then attach', async () => {
    const response = await telephony.post('/api/cti/events', {
      type: 'call.ringing',
      callId: 'call-2',
      from: '+44 20 7946 0000',
      agent: org.people.agent.email,
    });
    expect(response.json()).toMatchObject({ customerId: null, matched: false });
    const agent = await signIn(t.app, org.people.agent.email);
    const attached = await agent.patch(`/api/contacts/${response.json().contactId}`, {
      customerId: org.customerId,
    });
    expect(attached.json().contact.customerId).toBe(org.customerId);
  });

  it('names the field it cannot use', async () => {
    const unknownAgent = await telephony.post('/api/cti/events', {
      type: 'call.ringing',
      callId: 'call-3',
      from: '3125550199',
      agent: '9999',
    });
    expect(unknownAgent.statusCode).toBe(400);
    expect(unknownAgent.json().error.field).toBe('agent');
    const badType = await telephony.post('/api/cti/events', {
      type: 'call.parked',
      callId: 'call-3',
      from: '3125550199',
      agent: '2001',
    });
    expect(badType.json().error.field).toBe('type');
  });

  it('takes events from integrations, not from reps', async () => {
    const agent = await signIn(t.app, org.people.agent.email);
    expect(
      (
        await agent.post('/api/cti/events', {
          type: 'call.ringing',
          callId: 'call-4',
          from: '3125550199',
          agent: '2001',
        })
      ).statusCode,
    ).toBe(403);
  });
});
