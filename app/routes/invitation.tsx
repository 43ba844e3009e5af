import { Alert } from '@mantine/core';
import { useLocation } from 'react-router';

import { PublicFrame } from '../components/PublicFrame.tsx';
import { NewPasswordForm } from '../features/auth/NewPasswordForm.tsx';
import { tokenFromHash, useAcceptInvitation } from '../features/auth/use-account-links.ts';

/** Where an invitation's link lands: the invitee chooses a password and is signed in. */
export function InvitationPage() {
  const token = tokenFromHash(useLocation().hash);
  const accept = useAcceptInvitation();
  return (
    <PublicFrame title="Welcome: choose your password">
      {token ? (
        <NewPasswordForm token={token} mutation={accept} submitLabel="Set password and sign in" />
      ) : (
        <Alert color="red">
          This link is incomplete. Open the whole link from your invitation, or ask your admin for a
          new one.
        </Alert>
      )}
    </PublicFrame>
  );
}
