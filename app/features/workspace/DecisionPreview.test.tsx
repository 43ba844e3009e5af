import { cleanup, screen, within } from '@testing-library/react';
import type { ComponentProps } from 'react';
import { describe, expect, it } from 'vitest';

import { compilePolicy } from '../../../domain/authority/compile.ts';
import { policyDocumentSchema } from '../../../domain/authority/policy.ts';
import { demoPolicy } from '../../../server/modules/demo/demo-policy.ts';
import { renderApp } from '../../testing/render.tsx';
import { DecisionPreview } from './DecisionPreview.tsx';
import { previewDecision, previewPerson, type PreviewInputs } from './preview.ts';

const policy = compilePolicy({ ...policyDocumentSchema.parse(demoPolicy), version: 3 });
const decision = (amountMinor: number, over: Partial<PreviewInputs> = {}) =>
  previewDecision({
    policy,
    person: { id: 'bryan', levelKey: 'agent', certifications: [] },
    customer: {
      lifetimeValue: { amountMinor: 116_200, currency: 'USD' },
      segment: 'regular',
      flags: [],
      linkedPersonId: null,
    },
    usage: { contactTotalMinor: 0, byType: {} },
    type: 'refund',
    amountMinor,
    orderAgeDays: null,
    at: Date.parse('2026-11-22T12:00:00Z'),
    ...over,
  });

type Props = ComponentProps<typeof DecisionPreview>;
const ready: Props = {
  typeLabel: 'Refund',
  probe: decision(0),
  preview: null,
  currency: 'USD',
  amountProblem: null,
  policyUnavailable: false,
  checking: false,
};

function show(over: Partial<Props>) {
  renderApp(<DecisionPreview {...ready} {...over} />);
  return screen.getByRole('region', { name: 'Decision preview' });
}

describe('DecisionPreview', () => {
  it('asks for a type before anything else, even while checking', () => {
    expect(show({ typeLabel: null, checking: true }).textContent).toBe(
      'Choose a resolution type to see what you may do on your own.',
    );
  });

  it('says it is checking while the policy or usage is on its way', () => {
    expect(show({ checking: true }).textContent).toBe('Checking your authority for this customer…');
  });

  it('leaves the decision to the server when the policy is unavailable or there is no probe', () => {
    const expected = 'No preview right now: Leeway will decide when you submit.';
    expect(show({ policyUnavailable: true }).textContent).toBe(expected);
    cleanup();
    expect(show({ probe: null }).textContent).toBe(expected);
  });

  it('summarizes the authority and asks for an amount, or names the amount problem', () => {
    const region = show({});
    expect(region.textContent).toContain('Refund: Up to $');
    expect(region.textContent).toContain(
      'Type an amount to see whether it is within your authority.',
    );
    cleanup();
    expect(show({ amountProblem: 'That is not an amount.' }).textContent).toContain(
      'That is not an amount.',
    );
  });

  it('says a covered amount is covered, with no list of reasons', () => {
    const region = show({ preview: decision(2500) });
    expect(region.textContent).toContain(
      'Within your authority — $25, no approval needed. You are covered.',
    );
    expect(within(region).queryByRole('list')).toBeNull();
  });

  it('names who approves a larger amount and lists every reason but the last', () => {
    const over = decision(14_000);
    expect(over.outcome).toBe('needs_approval');
    const region = show({ preview: over });
    expect(region.textContent).toContain('Needs approval from a Senior agent');
    const items = within(region)
      .queryAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual(over.reasons.slice(0, -1));
  });

  it('says why when a certification lapsed, from what authority/me sends', () => {
    const person = previewPerson(
      { id: 'bryan', level: { key: 'agent' } },
      {
        certifications: [],
        lapsedCertifications: [{ key: 'refunds_ii', expiredAt: '2026-11-03T00:00:00.000Z' }],
      },
    );
    const region = show({ preview: decision(20_000, { person }) });
    expect(region.textContent).toContain('Needs approval');
    const items = within(region)
      .queryAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toContain(
      'Your Refunds II certification expired on 3 Nov 2026; while it was in force you could decide refund up to $250 on your own.',
    );
  });
});
