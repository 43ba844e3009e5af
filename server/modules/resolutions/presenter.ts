import type { z } from 'zod';

import type { resolutionSchema } from '../../../contract/resolutions.ts';
import type { Decision } from '../../../domain/authority/decide.ts';
import type { ResolutionRow } from './queries/select-resolutions.ts';

type Resolution = z.infer<typeof resolutionSchema>;

const iso = (d: Date | null) => d?.toISOString() ?? null;

function receiptOf(row: ResolutionRow, decision: Decision): Resolution['receipt'] {
  const incident = decision.limits.find((l) => l.kind === 'per_incident');
  if (!incident || !decision.level) return undefined;
  return {
    policyVersion: row.policyVersion,
    limitMinor: incident.limitMinor,
    limitKind: incident.kind,
    level: decision.level.name,
    text: `Within your authority — you are covered. ${decision.reasons[0] ?? ''} Recorded under policy version ${row.policyVersion}.`,
    ledgerSeq: row.receiptSeq,
    ledgerHash: row.receiptHash,
  };
}

export function presentResolution(row: ResolutionRow, notice?: string): Resolution {
  const decision = row.decision as Decision;
  return {
    id: row.id,
    contactId: row.contactId,
    customerId: row.customerId,
    requestedBy: { id: row.requestedBy, name: row.requestedByName },
    type: row.type,
    amountMinor: row.amountMinor,
    currency: row.currency,
    reason: row.reason,
    status: row.status,
    grantedAmountMinor: row.grantedAmountMinor,
    withinAuthority: row.withinAuthority,
    decision,
    ...(row.status === 'granted' && row.withinAuthority
      ? { receipt: receiptOf(row, decision) }
      : {}),
    ...(row.approvalId
      ? {
          approval: {
            id: row.approvalId,
            status: row.approvalStatus!,
            level: {
              key: row.approvalLevelKey!,
              name: row.approvalLevelName ?? row.approvalLevelKey!,
              rank: row.approvalLevelRank!,
            },
            escalations: row.approvalEscalations ?? 0,
            createdAt: row.approvalCreatedAt!.toISOString(),
            escalatesAt: iso(row.approvalEscalatesAt),
            claimedBy:
              row.claimedById && row.claimedByName
                ? { id: row.claimedById, name: row.claimedByName }
                : null,
            decidedBy:
              row.decidedById && row.decidedByName
                ? { id: row.decidedById, name: row.decidedByName }
                : null,
            decidedAmountMinor: row.approvalDecidedAmountMinor,
            note: row.approvalNote ?? '',
          },
        }
      : {}),
    ...(notice ? { notice } : {}),
    createdAt: row.createdAt.toISOString(),
    decidedAt: iso(row.decidedAt),
  };
}

/** The columns of a resolutions CSV export, one flat record per resolution. */
export const resolutionCsvColumns = [
  'id',
  'createdAt',
  'decidedAt',
  'status',
  'type',
  'amountMinor',
  'grantedAmountMinor',
  'currency',
  'withinAuthority',
  'policyVersion',
  'requestedById',
  'requestedByName',
  'decidedById',
  'decidedByName',
  'approvalStatus',
  'approvalLevel',
  'contactId',
  'customerId',
  'reason',
  'receiptLedgerSeq',
] as const;

export function presentResolutionCsvRecord(
  row: ResolutionRow,
): Record<(typeof resolutionCsvColumns)[number], unknown> {
  return {
    id: row.id,
    createdAt: row.createdAt.toISOString(),
    decidedAt: iso(row.decidedAt),
    status: row.status,
    type: row.type,
    amountMinor: row.amountMinor,
    grantedAmountMinor: row.grantedAmountMinor,
    currency: row.currency,
    withinAuthority: row.withinAuthority,
    policyVersion: row.policyVersion,
    requestedById: row.requestedBy,
    requestedByName: row.requestedByName,
    decidedById: row.decidedById,
    decidedByName: row.decidedByName,
    approvalStatus: row.approvalStatus,
    approvalLevel: row.approvalLevelName ?? row.approvalLevelKey,
    contactId: row.contactId,
    customerId: row.customerId,
    reason: row.reason,
    receiptLedgerSeq: row.receiptSeq,
  };
}
