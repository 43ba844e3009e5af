import { ComingSoon } from '../components/ComingSoon.tsx';

export function WorkspacePage() {
  return (
    <ComingSoon
      title="Workspace"
      what="the rep workspace. The customer's context, what you may do on your own, and a record of each resolution."
    />
  );
}
