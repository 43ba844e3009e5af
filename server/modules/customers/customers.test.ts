import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createFixtureOrganization, type FixtureOrganization } from '../../testing/fixtures.ts';
import { createTestApp, signIn, type TestApp, type TestClient } from '../../testing/test-app.ts';

describe('customers', () => {
  let t: TestApp;
  let org: FixtureOrganization;
  let agent: TestClient;
  beforeAll(async () => {
    t = await createTestApp();
    org = await createFixtureOrganization(t.ctx.db, 'cust');
    agent = await signIn(t.app, org.people.agent.email);
  });
  afterAll(() => t.close());

  it('finds a customer by name, reference or phone digits however they are typed', async () => {
    for (const q of ['customer of', 'C-CUST', '(312) 555-0199', '5550199']) {
      const { customers } = (await agent.get(`/api/customers?q=${encodeURIComponent(q)}`)).json();
      expect(
        customers.map((c: { id: string }) => c.id),
        q,
      ).toEqual([org.customerId]);
    }
  });

  it('shows the profile with lifetime value in minor units and the orders', async () => {
    const { customer } = (await agent.get(`/api/customers/${org.customerId}`)).json();
    expect(customer).toMatchObject({
      segment: 'regular',
      lifetimeValue: { amountMinor: 12000, currency: 'USD' },
      flags: [],
    });
    expect(customer.orders).toEqual([
      expect.objectContaining({
        id: org.orderId,
        total: { amountMinor: 12000, currency: 'USD' },
        status: 'processing',
      }),
    ]);
  });

  it('shows past contacts and the resolutions the customer got', async () => {
    const contact = (
      await agent.post('/api/contacts', {
        customerId: org.customerId,
        channel: 'call',
        reason: 'Late delivery',
      })
    ).json().contact;
    await agent.post(`/api/contacts/${contact.id}/resolutions`, {
      type: 'refund',
      amount: 30_00,
      currency: 'USD',
      reason: 'Late delivery',
      idempotencyKey: 'profile-history-1',
    });
    const { customer } = (await agent.get(`/api/customers/${org.customerId}`)).json();
    expect(customer.contacts[0]).toMatchObject({
      id: contact.id,
      reason: 'Late delivery',
      openedBy: { id: org.people.agent.id },
    });
    expect(customer.resolutions[0]).toMatchObject({
      type: 'refund',
      grantedAmountMinor: 30_00,
      status: 'granted',
      withinAuthority: true,
    });
  });

  it('adds a new customer who can then be found by phone, and refuses a duplicate email', async () => {
    const created = await agent.post('/api/customers', {
      name: 'Nadia Caller',
      phone: '+1 415 555 0142',
      email: 'nadia@example.com',
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().customer).toMatchObject({
      name: 'Nadia Caller',
      segment: 'new',
      lifetimeValue: { amountMinor: 0, currency: 'USD' },
    });
    expect(
      (await agent.get('/api/customers?q=4155550142'))
        .json()
        .customers.map((c: { name: string }) => c.name),
    ).toEqual(['Nadia Caller']);
    const again = await agent.post('/api/customers', {
      name: 'Nadia Again',
      email: 'NADIA@example.com',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.field).toBe('email');
    expect((await agent.post('/api/customers', { phone: '123' })).json().error.field).toBe('name');
  });

  it('refuses a limit out of range, naming it', async () => {
    const response = await agent.get('/api/customers?limit=1000');
    expect(response.statusCode).toBe(400);
    expect(response.json().error.field).toBe('limit');
  });
});
