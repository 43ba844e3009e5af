import { describe, expect, it } from 'vitest';

import type { Override } from '../../domain/authority/policy.ts';
import { draftPolicy, publishGate } from './draft-policy.ts';

const override = (personId: string, perIncidentMinor: number): Override => ({
  id: `${personId}-refunds`,
  personId,
  personName: personId,
  type: 'refund',
  perIncidentMinor,
  startsAt: '2026-11-01T00:00:00Z',
  expiresAt: '2026-12-01T00:00:00Z',
  note: '',
});

describe('draftPolicy', () => {
  it("lets an admin write anyone's overrides but their own", () => {
    const save = draftPolicy('ada').save;
    const before = [override('ada', 100_00), override('bryan', 50_00)];
    expect(save({ before, after: [override('ada', 100_00), override('bryan', 80_00)] })).toEqual({
      allowed: true,
    });
    for (const after of [[override('ada', 200_00)], [override('bryan', 50_00)], []])
      expect(save({ before, after })).toEqual({
        allowed: false,
        code: 'forbidden',
        message: 'Nobody changes their own overrides: ask another admin',
        field: 'document.overrides',
      });
    expect(save({ before: [], after: [override('ada', 1)] }).allowed).toBe(false);
  });

  it('refuses publishing again a draft that waits for a second admin at your request', () => {
    const publish = draftPolicy('ada').publish;
    const updatedAt = new Date('2026-12-01T10:00:00Z');
    expect(publish({ publishRequestedBy: 'ada', updatedAt }, updatedAt)).toEqual({
      allowed: false,
      code: 'conflict',
      message:
        'This draft raises your own authority and is waiting for another admin to publish it',
    });
    expect(publish({ publishRequestedBy: 'grace', updatedAt }, updatedAt).allowed).toBe(true);
    expect(publish({ publishRequestedBy: null, updatedAt }, undefined).allowed).toBe(true);
  });

  it("agrees to another admin's request only for the draft one saw", () => {
    const publish = draftPolicy('ada').publish;
    const updatedAt = new Date('2026-12-01T10:00:00Z');
    expect(publish({ publishRequestedBy: 'grace', updatedAt }, undefined)).toMatchObject({
      allowed: false,
      code: 'validation_failed',
      field: 'draftUpdatedAt',
    });
    const earlier = new Date('2026-12-01T09:59:00Z');
    expect(publish({ publishRequestedBy: 'grace', updatedAt }, earlier)).toMatchObject({
      allowed: false,
      code: 'conflict',
      field: 'draftUpdatedAt',
    });
    expect(publish({ publishRequestedBy: null, updatedAt }, earlier).allowed).toBe(false);
  });
});

describe('publishGate', () => {
  const gate = (o: Partial<Parameters<typeof publishGate>[0]>) =>
    publishGate({
      raisesPublisher: true,
      requestedBy: null,
      publisherId: 'ada',
      otherAdmins: 1,
      ...o,
    });

  it('waits for a second admin when the draft raises its publisher and another admin exists', () => {
    expect(gate({})).toEqual({ kind: 'await_second_admin' });
  });

  it("publishes a second admin's agreement, and what raises nothing, as usual", () => {
    expect(gate({ requestedBy: 'grace' })).toEqual({ kind: 'publish', selfAffecting: false });
    expect(gate({ raisesPublisher: false })).toEqual({ kind: 'publish', selfAffecting: false });
  });

  it('publishes self-affecting where there is no other admin', () => {
    expect(gate({ otherAdmins: 0 })).toEqual({ kind: 'publish', selfAffecting: true });
  });
});
