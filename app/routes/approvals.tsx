import { ComingSoon } from '../components/ComingSoon.tsx';

export function ApprovalsPage() {
  return (
    <ComingSoon
      title="Approvals"
      what="live approvals. Requests beyond a rep's authority will reach you here while the customer is still on the line."
    />
  );
}
