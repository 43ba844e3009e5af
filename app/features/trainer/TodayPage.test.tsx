import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { api, ApiError } from '../../api/client.ts';
import { renderApp } from '../../testing/render.tsx';
import type { Today } from './api-types.ts';
import { TodayPage } from './TodayPage.tsx';

// The network, at the one function the app calls it through.
vi.mock(import('../../api/client.ts'), async (original) => ({
  ...(await original()),
  api: vi.fn(),
}));

const ada = { id: '00000000-0000-4000-8000-000000000001', name: 'Ada Park' };

const today: Today = {
  overdue: { count: 0, first: [] },
  dueSoon: { count: 0, first: [] },
  expiring: { count: 0, first: [] },
  weakQuestions: [],
  signOffRequests: [
    { id: 'r-1', person: ada, certificationKey: 'calm', requestedAt: '2026-12-01T10:00:00Z' },
  ],
};

const catalogue = {
  certifications: [
    { id: 'c-1', key: 'calm', title: 'Calm de-escalation', description: '', validityMonths: 12 },
    { id: 'c-2', key: 'refunds_ii', title: 'Refunds II', description: '', validityMonths: 12 },
  ],
  nextCursor: null,
};

/** GET answers by path; POST /api/training/certifications by `signOff`. */
function answer(signOff: () => Promise<unknown>) {
  vi.mocked(api).mockImplementation(async (path: string, options?: { method?: string }) => {
    if (options?.method === 'POST') return signOff();
    if (path.startsWith('/api/training/today')) return today;
    if (path.startsWith('/api/training/catalogue')) return catalogue;
    if (path.startsWith('/api/people')) return { people: [], nextCursor: null };
    throw new Error(`unexpected ${path}`);
  });
}

beforeEach(() => {
  vi.mocked(api).mockReset();
});

describe('signing off from Trainer home', () => {
  it('starts the form from a request and sends who, what and the note', async () => {
    answer(async () => ({
      certification: {
        id: 'h-1',
        key: 'calm',
        title: 'Calm de-escalation',
        unlocks: '',
        issuedAt: '2026-12-03T10:00:00Z',
        expiresAt: '2027-12-03T10:00:00Z',
        revokedAt: null,
        source: 'sign_off',
      },
    }));
    renderApp(<TodayPage />);
    fireEvent.click(await screen.findByRole('button', { name: 'Sign off calm for Ada Park' }));
    await waitFor(() =>
      expect((screen.getByLabelText('Certification') as HTMLSelectElement).value).toBe('calm'),
    );
    expect((screen.getByRole('combobox', { name: 'Person' }) as HTMLInputElement).value).toBe(
      'Ada Park',
    );
    fireEvent.change(screen.getByLabelText(/^Note/), { target: { value: 'Saw it on the floor' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign off' }));
    await screen.findByText(/Signed off:/);
    expect(api).toHaveBeenCalledWith('/api/training/certifications', {
      method: 'POST',
      body: { personId: ada.id, certificationKey: 'calm', note: 'Saw it on the floor' },
    });
    expect(
      screen.getByRole('button', { name: 'Revoke Calm de-escalation for Ada Park' }),
    ).toBeTruthy();
  });

  it('shows the four-eyes refusal as the server sent it', async () => {
    answer(async () => {
      throw new ApiError(403, 'forbidden', 'Nobody awards or extends their own certification');
    });
    renderApp(<TodayPage />);
    fireEvent.click(await screen.findByRole('button', { name: 'Sign off calm for Ada Park' }));
    fireEvent.click(screen.getByRole('button', { name: 'Sign off' }));
    await screen.findByText('Nobody awards or extends their own certification');
  });
});
