import { useQueryClient } from '@tanstack/react-query';

import { useLiveEvents } from '../live/live-events.ts';
import { workspaceKeys } from './use-contacts.ts';
import { customerQuery } from './use-customers.ts';
import { refreshAfterResolution } from './use-resolutions.ts';

export type Pop = { contactId: string; customerId: string | null; phone: string; at: number };

const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** Telephony opened a contact for me: fetch the caller's profile at once and hand the pop to the page. */
export function useContactPops(onPop: (pop: Pop) => void): void {
  const queryClient = useQueryClient();
  useLiveEvents(['contact.popped'], (event) => {
    const contactId = str(event.data.contactId);
    if (!contactId) return;
    const customerId = str(event.data.customerId);
    // The event names the customer, so the profile loads alongside the contact rather than after it.
    if (customerId) void queryClient.prefetchQuery(customerQuery(customerId));
    void queryClient.invalidateQueries({ queryKey: workspaceKeys.openContacts });
    onPop({ contactId, customerId, phone: str(event.data.phone) ?? '', at: Date.now() });
  });
}

const resolutionEvents = [
  'approval.claimed',
  'approval.escalated',
  'approval.decided',
  'approval.cancelled',
  'resolution.granted',
] as const;

/** An approver picked up, escalated or answered a request: refetch, so the answer shows without a reload. */
export function useResolutionUpdates(): void {
  const queryClient = useQueryClient();
  useLiveEvents(resolutionEvents, () => {
    void queryClient.invalidateQueries({ queryKey: ['resolution'] });
    refreshAfterResolution(queryClient);
  });
}

/**
 * A leader published a new policy, or I gained or lost a certification: preview with it at once.
 * The server does not send policy.published yet (until it does, a version mismatch seen in
 * /api/authority/me triggers the same refetch).
 */
export function usePolicyUpdates(): void {
  const queryClient = useQueryClient();
  useLiveEvents(['policy.published', 'training.certification_changed'], () => {
    void queryClient.invalidateQueries({ queryKey: workspaceKeys.policy });
    void queryClient.invalidateQueries({ queryKey: workspaceKeys.authorityMe });
  });
}
