import { Text } from '@mantine/core';

import { PublicFrame } from '../components/PublicFrame.tsx';
import { ForgotPasswordForm } from '../features/auth/ForgotPasswordForm.tsx';

export function ForgotPasswordPage() {
  return (
    <PublicFrame title="Forgot your password?">
      <Text size="sm" mb="md">
        Give the email you sign in with and we will mail you a link to choose a new password.
      </Text>
      <ForgotPasswordForm />
    </PublicFrame>
  );
}
