import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { api } from '../../api/client.ts';
import { renderApp } from '../../testing/render.tsx';
import type { MyTraining } from './api-types.ts';
import { RefresherList } from './RefresherList.tsx';
import { trainingKeys } from './use-training.ts';

// The network, at the one function the app calls it through.
vi.mock(import('../../api/client.ts'), async (original) => ({
  ...(await original()),
  api: vi.fn(),
}));

const usd = (amountMinor: number) => ({ amountMinor, currency: 'USD' });
const refresher: MyTraining['refreshers'][number] = {
  id: '6f7d1c2e-0000-4000-8000-000000000001',
  certification: 'refunds_ii',
  typeKey: 'refund',
  typeLabel: 'Refund',
  policyVersion: 3,
  lesson: 'Agent: refund limit $100 → $150\nAgent: refund budget per day $500 → $600',
  lines: ['Agent: refund limit $100 → $150', 'Agent: refund budget per day $500 → $600'],
  situationId: '6f7d1c2e-0000-4000-8000-000000000002',
  situation: {
    id: '6f7d1c2e-0000-4000-8000-000000000002',
    source: 'generated',
    customer: { segment: 'regular', lifetimeValue: usd(120_00), flags: [] },
    orderAgeDays: 3,
    prior: null,
    says: 'My parcel came broken, I would like $140 back.',
    asks: { type: 'refund', amount: usd(140_00) },
    types: [{ key: 'refund', label: 'Refund' }],
  },
  assignedAt: '2026-12-03T12:00:00.000Z',
  practised: false,
  done: false,
};

beforeEach(() => {
  vi.mocked(api).mockReset();
});

describe('a refresher on the training page', () => {
  it('teaches the change line by line, then its situation is answered at the practice route and done refetches my training', async () => {
    vi.mocked(api).mockResolvedValue({
      correct: true,
      expected: { decision: 'grant' },
      reasons: ['Refund up to $150 is within your limit.'],
    });
    const { queryClient } = renderApp(<RefresherList refreshers={[refresher]} />);
    const invalidate = vi.spyOn(queryClient, 'invalidateQueries');

    expect(screen.getByRole('heading', { name: 'Refund: policy version 3' })).toBeTruthy();
    const changes = screen.getByRole('list', { name: 'Changes in Refund: policy version 3' });
    expect(changes.textContent).toContain('Agent: refund limit $100 → $150');
    expect(changes.textContent).toContain('Agent: refund budget per day $500 → $600');

    fireEvent.click(screen.getByRole('button', { name: 'Answer its practice situation' }));
    expect(screen.getByText(/My parcel came broken/)).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'Grant it on my own' }));
    fireEvent.click(screen.getByRole('button', { name: 'Check my answer' }));

    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Right'));
    expect(api).toHaveBeenCalledWith(`/api/training/practice/${refresher.situationId}/answer`, {
      method: 'POST',
      body: { type: 'refund', amount: 140_00, currency: 'USD', decision: 'grant' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    expect(invalidate).toHaveBeenCalledWith({ queryKey: trainingKeys.me });
  });
});
