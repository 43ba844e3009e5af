import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { api, ApiError } from '../../api/client.ts';
import { renderApp } from '../../testing/render.tsx';
import { DecisionForm, type DecisionMode } from './DecisionForm.tsx';
import type { ApprovalItem } from './types.ts';

// The network, at the one function the app calls it through.
vi.mock(import('../../api/client.ts'), async (original) => ({
  ...(await original()),
  api: vi.fn(),
}));

const item = {
  id: 'ap-1',
  requester: { id: 'rep', name: 'Bryan Lee' },
  customer: { id: 'c-1', name: 'Sarah Chen' },
  resolution: { id: 'r-1', amountMinor: 14_000, currency: 'USD' },
} as unknown as ApprovalItem;

function show(mode: DecisionMode) {
  const onDecided = vi.fn();
  renderApp(
    <DecisionForm
      item={item}
      mode={mode}
      modeRequest={0}
      onModeChange={vi.fn()}
      onDecided={onDecided}
      onCancel={vi.fn()}
      onDismiss={vi.fn()}
    />,
  );
  return { onDecided, amount: () => screen.getByLabelText('Amount to approve') };
}

beforeEach(() => {
  vi.mocked(api).mockReset();
});

describe('approving less', () => {
  it('asks for an amount, with an example below the request, before sending anything', () => {
    const { amount } = show('reduce');
    fireEvent.click(screen.getByRole('button', { name: 'Approve lower amount' }));
    expect(screen.getByText('Enter the amount to approve, such as $112')).toBeTruthy();
    expect(document.activeElement).toBe(amount());
    expect(api).not.toHaveBeenCalled();
  });

  it('names the amount on the button and sends it with the note', async () => {
    vi.mocked(api).mockResolvedValue({ status: 'reduced' });
    const { onDecided, amount } = show('reduce');
    fireEvent.change(amount(), { target: { value: '90' } });
    fireEvent.change(screen.getByLabelText('Note for Bryan'), { target: { value: 'Half now' } });
    fireEvent.click(screen.getByRole('button', { name: 'Approve $90' }));
    await waitFor(() => expect(onDecided).toHaveBeenCalled());
    expect(api).toHaveBeenCalledWith('/api/approvals/ap-1/approve', {
      method: 'POST',
      body: { note: 'Half now', amount: 9000 },
    });
    expect(onDecided).toHaveBeenCalledWith(
      { status: 'reduced' },
      { action: 'approve', note: 'Half now', amount: 9000 },
    );
  });

  it('shows the server’s refusal of the amount beside the field, without the field prefix', async () => {
    vi.mocked(api).mockRejectedValue(
      new ApiError(400, 'validation_failed', 'amount: must be less than asked', 'amount'),
    );
    const { amount } = show('reduce');
    fireEvent.change(amount(), { target: { value: '150' } });
    fireEvent.click(screen.getByRole('button', { name: 'Approve $150' }));
    expect(await screen.findByText('must be less than asked')).toBeTruthy();
    expect(screen.queryByText('Not decided')).toBeNull();
  });

  it('approves the amount asked for when not reducing', async () => {
    vi.mocked(api).mockResolvedValue({ status: 'approved' });
    const { onDecided } = show('idle');
    fireEvent.click(screen.getByRole('button', { name: 'Approve $140' }));
    await waitFor(() => expect(onDecided).toHaveBeenCalled());
    expect(api).toHaveBeenCalledWith('/api/approvals/ap-1/approve', {
      method: 'POST',
      body: { note: '' },
    });
  });
});
