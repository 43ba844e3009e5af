import { describe, expect, it } from 'vitest';

import { compilePolicy } from '../../domain/authority/compile.ts';
import { noUsage, type AuthorityRequest } from '../../domain/authority/decide.ts';
import type { AuthorityPolicy } from '../../domain/authority/policy.ts';
import {
  approvalPolicy,
  requesterPolicy,
  type ApprovalFacts,
  type ApproverFacts,
} from './approval.ts';
import { authorizeRecord } from './verdict.ts';

const amount = { kind: 'amount' } as const;
const policy: AuthorityPolicy = {
  version: 1,
  currency: 'USD',
  levelsNest: true,
  levels: [
    { key: 'agent', name: 'Agent' },
    { key: 'senior', name: 'Senior agent' },
    { key: 'supervisor', name: 'Supervisor' },
  ],
  resolutionTypes: [
    {
      key: 'refund',
      label: 'Refund',
      guidelines: '',
      reasonRequired: false,
      cost: amount,
      customerWindowDays: 30,
    },
    {
      key: 'gift',
      label: 'Gift',
      guidelines: '',
      reasonRequired: false,
      cost: amount,
      customerWindowDays: 30,
    },
  ],
  rules: [
    { level: 'agent', type: 'refund', barred: false, perIncidentMinor: 100_00 },
    { level: 'senior', type: 'refund', barred: false, perIncidentMinor: 250_00 },
    { level: 'supervisor', type: 'refund', barred: false, perIncidentMinor: 1_000_00 },
    { level: 'agent', type: 'gift', barred: false, perIncidentMinor: 10_00 },
    {
      level: 'senior',
      type: 'gift',
      barred: false,
      perIncidentMinor: 50_00,
      requiredCertification: 'gifts',
    },
    { level: 'supervisor', type: 'gift', barred: false, perIncidentMinor: 100_00 },
  ],
  contactLimits: [],
  conditions: [],
  overrides: [],
};
const cp = compilePolicy(policy);

const approval: ApprovalFacts = {
  requestedBy: 'rep',
  levelRank: 2,
  levelKey: 'senior',
  customerLinkedPersonId: null,
};
const senior: ApproverFacts = { id: 'sam', levelKey: 'senior', certifications: [] };
const request = (overrides: Partial<AuthorityRequest>): AuthorityRequest => ({
  person: senior,
  customer: { lifetimeValueMinor: 0, segment: 'regular', flags: [], linkedPersonId: null },
  type: 'refund',
  amountMinor: 200_00,
  currency: 'USD',
  orderAgeDays: null,
  at: Date.parse('2026-11-20T15:00:00Z'),
  ...overrides,
});
const answer = (overrides: Partial<AuthorityRequest> = {}) => ({
  request: request(overrides),
  usage: noUsage,
});

describe('approvalPolicy', () => {
  it('lets an approver at the routed level claim, deny and approve what their level covers', () => {
    const p = approvalPolicy(senior, approval, cp);
    expect(p.claim.allowed && p.deny.allowed && p.act.allowed).toBe(true);
    expect(p.approve(answer()).allowed).toBe(true);
  });

  it('refuses the requester every action (four eyes)', () => {
    const p = approvalPolicy({ ...senior, id: 'rep' }, approval, cp);
    for (const verdict of [p.claim, p.deny, p.approve(answer())])
      expect(verdict).toEqual({
        allowed: false,
        code: 'forbidden',
        message: 'You cannot decide your own request',
      });
  });

  it('refuses a person linked to the customer', () => {
    const p = approvalPolicy(senior, { ...approval, customerLinkedPersonId: 'sam' }, cp);
    expect(p.claim).toMatchObject({
      code: 'forbidden',
      message: 'This customer is linked to you, so someone else must decide',
    });
  });

  it('refuses someone below the routed level, or without a level, naming the level needed', () => {
    for (const approver of [
      { ...senior, levelKey: 'agent' },
      { ...senior, levelKey: null },
    ]) {
      const p = approvalPolicy(approver, approval, cp);
      expect(p.deny).toMatchObject({
        code: 'forbidden',
        message: 'This request needs a Senior agent or above',
      });
      expect(p.approve(answer())).toEqual(p.deny);
    }
  });

  it('lets a higher level act on a lower routing', () => {
    const p = approvalPolicy({ ...senior, levelKey: 'supervisor' }, approval, cp);
    expect(p.approve(answer({ amountMinor: 900_00 })).allowed).toBe(true);
  });

  it("refuses approving an amount beyond the approver's level, but not denying it", () => {
    const p = approvalPolicy(senior, approval, cp);
    expect(p.deny.allowed).toBe(true);
    expect(p.approve(answer({ amountMinor: 300_00 }))).toEqual({
      allowed: false,
      code: 'forbidden',
      message: 'Your authority does not cover $300 of this; someone at a higher level must decide',
    });
  });

  it("refuses approving without the rule's certification, and allows it with", () => {
    const gift = { type: 'gift', amountMinor: 40_00 };
    expect(approvalPolicy(senior, approval, cp).approve(answer(gift)).allowed).toBe(false);
    const certified = { ...senior, certifications: ['gifts'] };
    expect(approvalPolicy(certified, approval, cp).approve(answer(gift)).allowed).toBe(true);
  });

  it('is thrown as the AppError the API answers with', () => {
    const p = approvalPolicy({ ...senior, id: 'rep' }, approval, cp);
    expect(() => authorizeRecord(p.claim)).toThrow(
      expect.objectContaining({ code: 'forbidden', message: 'You cannot decide your own request' }),
    );
    expect(() => authorizeRecord(approvalPolicy(senior, approval, cp).claim)).not.toThrow();
  });
});

describe('requesterPolicy', () => {
  it('lets only the rep who asked withdraw the request', () => {
    expect(requesterPolicy('rep', approval).withdraw.allowed).toBe(true);
    expect(requesterPolicy('sam', approval).withdraw).toEqual({
      allowed: false,
      code: 'forbidden',
      message: 'Only the rep who asked can withdraw a request',
    });
  });
});
