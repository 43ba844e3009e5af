import { Alert, Anchor } from '@mantine/core';
import { Link, useLocation } from 'react-router';

import { PublicFrame } from '../components/PublicFrame.tsx';
import { NewPasswordForm } from '../features/auth/NewPasswordForm.tsx';
import { tokenFromHash, useResetPassword } from '../features/auth/use-account-links.ts';

/** Where a reset link lands: a new password, which signs out every other session. */
export function ResetPasswordPage() {
  const token = tokenFromHash(useLocation().hash);
  const reset = useResetPassword();
  return (
    <PublicFrame title="Choose a new password">
      {token ? (
        <NewPasswordForm token={token} mutation={reset} submitLabel="Set password and sign in" />
      ) : (
        <Alert color="red">
          This link is incomplete: open the whole link from the mail, or{' '}
          <Anchor component={Link} to="/forgot-password" c="red.9">
            ask for a new one
          </Anchor>
          .
        </Alert>
      )}
    </PublicFrame>
  );
}
