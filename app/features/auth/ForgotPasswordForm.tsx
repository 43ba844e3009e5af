import { Alert, Stack } from '@mantine/core';
import { useState, type FormEvent } from 'react';

import { AccountFormEnd, EmailField } from './account-form-parts.tsx';
import { useForgotPassword } from './use-account-links.ts';

/** Asks for a reset link; the answer is the same whether or not the email has an account. */
export function ForgotPasswordForm() {
  const [email, setEmail] = useState('');
  const forgot = useForgotPassword();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    forgot.mutate(email.trim());
  };
  return (
    <form onSubmit={submit}>
      <Stack gap="md">
        <EmailField value={email} onChange={setEmail} />
        {forgot.isSuccess ? (
          <Alert color="green" role="status">
            {forgot.data.message}
          </Alert>
        ) : null}
        <AccountFormEnd
          error={forgot.error}
          pending={forgot.isPending}
          submitLabel="Send me a link"
          link={{ to: '/login', label: 'Back to sign in' }}
        />
      </Stack>
    </form>
  );
}
