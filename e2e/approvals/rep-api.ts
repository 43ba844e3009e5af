import { randomUUID } from 'node:crypto';

import type { APIResponse, Browser, BrowserContext } from 'playwright-core';
import { expect } from 'vitest';

import { baseUrl, DEMO_PASSWORD } from '../support/browser.ts';

type Json = Record<string, unknown>;

/** Someone signed in through the API in their own browser context, calling it as the web app does (cookie + CSRF echo). */
export type ApiSession = {
  context: BrowserContext;
  get: <T>(path: string) => Promise<T>;
  send: <T>(method: 'POST' | 'PUT', path: string, data?: Json) => Promise<T>;
  close: () => Promise<void>;
};

async function jsonOf<T>(response: APIResponse, what: string): Promise<T> {
  if (!response.ok())
    throw new Error(`${what} answered ${response.status()}: ${await response.text()}`);
  return (response.status() === 204 ? undefined : await response.json()) as T;
}

export async function signInThroughApi(browser: Browser, email: string): Promise<ApiSession> {
  const context = await browser.newContext({ baseURL: baseUrl });
  const page = await context.newPage();
  await jsonOf(
    await page.request.post('/api/auth/login', { data: { email, password: DEMO_PASSWORD } }),
    'sign-in',
  );
  const csrf = (await context.cookies()).find((c) => c.name === 'leeway_csrf')?.value ?? '';
  return {
    context,
    get: async (path) => jsonOf(await page.request.get(path), `GET ${path}`),
    send: async (method, path, data) =>
      jsonOf(
        await page.request.fetch(path, {
          method,
          data: data ?? {},
          headers: { 'x-csrf-token': csrf },
        }),
        `${method} ${path}`,
      ),
    close: () => context.close(),
  };
}

type Customer = {
  id: string;
  name: string;
  segment: string;
  flags: string[];
  linkedPersonId?: string | null;
};

/**
 * A loyal customer with no flags and no link to staff, other than Sarah Mitchell (the story other
 * files tell). The last such one in the list, so the first stays free for other files' tests.
 */
export async function pickCustomer(rep: ApiSession): Promise<Customer> {
  const { customers } = await rep.get<{ customers: Customer[] }>('/api/customers?limit=100');
  const candidates = customers
    .filter((c) => c.segment === 'loyal' && c.flags.length === 0 && c.name !== 'Sarah Mitchell')
    .reverse();
  for (const candidate of candidates) {
    const { customer } = await rep.get<{ customer: Customer }>(`/api/customers/${candidate.id}`);
    if (!customer.linkedPersonId) return customer;
  }
  throw new Error('The demo data has no unlinked loyal customer');
}

export type OverLimitRequest = {
  contactId: string;
  resolutionId: string;
  approvalId: string;
  customer: Customer;
  reason: string;
};

/** The rep opens a contact and asks for a refund beyond their own $100 per incident, so it needs approval. */
export async function requestOverLimitRefund(
  rep: ApiSession,
  customer: Customer,
  reason: string,
  amountMinor = 150_00,
): Promise<OverLimitRequest> {
  const { contact } = await rep.send<{ contact: { id: string } }>('POST', '/api/contacts', {
    customerId: customer.id,
    channel: 'call',
    reason: 'Refund for a faulty item',
  });
  const { resolution } = await rep.send<{
    resolution: { id: string; status: string; approval?: { id: string } };
  }>('POST', `/api/contacts/${contact.id}/resolutions`, {
    type: 'refund',
    amount: amountMinor,
    currency: 'USD',
    reason,
    idempotencyKey: randomUUID(),
  });
  expect(resolution.status).toBe('pending_approval');
  if (!resolution.approval) throw new Error('The request did not create an approval');
  return {
    contactId: contact.id,
    resolutionId: resolution.id,
    approvalId: resolution.approval.id,
    customer,
    reason,
  };
}

export type ResolutionView = {
  status: string;
  grantedAmountMinor: number | null;
  approval?: {
    status: string;
    claimedBy: { id: string; name: string } | null;
    note: string;
    decidedAmountMinor: number | null;
  };
};

export const resolutionOf = async (rep: ApiSession, id: string) =>
  (await rep.get<{ resolution: ResolutionView }>(`/api/resolutions/${id}`)).resolution;

/** Leaves nothing behind for other files: withdraws a request still waiting, and closes the contact. */
export async function tidyUp(rep: ApiSession, request: OverLimitRequest): Promise<void> {
  const resolution = await resolutionOf(rep, request.resolutionId);
  if (resolution.approval?.status === 'pending')
    await rep.send('POST', `/api/approvals/${request.approvalId}/cancel`);
  await rep.send('POST', `/api/contacts/${request.contactId}/close`);
}
