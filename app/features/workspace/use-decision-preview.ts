import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';

import { parseMoneyInput } from '../../../domain/money.ts';
import { useSession } from '../auth/session.ts';
import type { Allowance, CustomerProfile } from './api-types.ts';
import {
  orderAgeDays,
  previewDecision,
  previewPerson,
  typeUsesOrderAge,
  type PreviewInputs,
} from './preview.ts';
import { useMyAuthority, usePublishedPolicy } from './use-authority.ts';
import { workspaceKeys } from './use-contacts.ts';

export type TypeOption = Pick<
  Allowance,
  'type' | 'label' | 'guidelines' | 'reasonRequired' | 'fixedAmountMinor'
>;

type PreviewRequest = {
  contactId: string;
  customer: CustomerProfile;
  typeKey: string;
  amountText: string;
  orderId: string;
};

/**
 * Everything the resolution form shows before the rep commits: the types with their allowances, and
 * the engine's decision for what is typed, computed in the browser from the published policy, my
 * level and certifications (lapsed ones too), the customer, and what is already used.
 */
export function useDecisionPreview({
  contactId,
  customer,
  typeKey,
  amountText,
  orderId,
}: PreviewRequest) {
  const { person, organization } = useSession();
  const queryClient = useQueryClient();
  const policy = usePublishedPolicy();
  const authority = useMyAuthority(customer.id, contactId);
  const cp = policy.data ?? null;
  const allowances = authority.data?.allowances ?? [];

  // A leader published a new version while this screen was open: preview with the policy the server uses.
  const serverVersion = authority.data?.policyVersion;
  useEffect(() => {
    if (serverVersion !== undefined && cp && serverVersion !== cp.version)
      void queryClient.invalidateQueries({ queryKey: workspaceKeys.policy });
  }, [serverVersion, cp, queryClient]);

  // The policy is usually cached before the contact opens, so types (and Alt+N) work before usage arrives.
  const typeOptions: readonly TypeOption[] =
    allowances.length > 0
      ? allowances
      : (cp?.types.map((t) => ({
          type: t.key,
          label: t.label,
          guidelines: t.guidelines,
          reasonRequired: t.reasonRequired,
          fixedAmountMinor: t.cost.kind === 'fixed' ? t.cost.amountMinor : null,
        })) ?? []);
  const selected = typeOptions.find((a) => a.type === typeKey) ?? null;
  const currency = cp?.currency ?? organization.currency;
  const amountMinor = amountText.trim() === '' ? null : parseMoneyInput(amountText, currency);
  const usesOrder = cp !== null && typeKey !== '' && typeUsesOrderAge(cp, typeKey);
  const order = usesOrder ? customer.orders.find((o) => o.id === orderId) : undefined;
  const now = Date.now();

  const inputs: Omit<PreviewInputs, 'amountMinor'> | null =
    cp && authority.data && selected
      ? {
          policy: cp,
          person: previewPerson(person, authority.data),
          customer,
          usage: authority.data.usage,
          type: typeKey,
          orderAgeDays: order ? orderAgeDays(order.placedAt, now) : null,
          at: now,
        }
      : null;
  const probe = inputs ? previewDecision({ ...inputs, amountMinor: 0 }) : null;
  const preview =
    inputs && amountMinor !== null ? previewDecision({ ...inputs, amountMinor }) : null;

  return {
    allowances,
    authorityError: authority.error,
    typeOptions,
    selected,
    currency,
    amountMinor,
    usesOrder,
    order,
    probe,
    preview,
    checking: !probe && (policy.isPending || authority.isPending),
    policyUnavailable: policy.isSuccess && cp === null,
  };
}
