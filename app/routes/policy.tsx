import { ComingSoon } from '../components/ComingSoon.tsx';

export function PolicyPage() {
  return (
    <ComingSoon
      title="Policy"
      what="the authority policy. Levels, resolution types and their limits, edited as drafts and published as versions."
    />
  );
}
