import type { DecidedRequest } from './decision-types.ts';

export function escalatesAt(d: DecidedRequest, now: Date): Date | null {
  // At the top there is nobody to escalate to.
  return d.approval && !d.approval.isTop
    ? new Date(now.getTime() + d.organization.approvalTimeoutSeconds * 1000)
    : null;
}
