import { Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';

import { AccountFormEnd, EmailField } from './account-form-parts.tsx';
import { landingPath } from './landing.ts';
import { useLogin } from './use-login.ts';

export function LoginForm() {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const login = useLogin();
  const navigate = useNavigate();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    login.mutate(
      { email: email.trim(), password },
      { onSuccess: (session) => navigate(landingPath(session), { replace: true }) },
    );
  };

  return (
    <form onSubmit={submit}>
      <Stack gap="md">
        <EmailField value={email} onChange={setEmail} />
        {/* A plain password field: a show/hide toggle would add a second control named "…password". */}
        <TextInput
          label="Password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
          required
          withAsterisk={false}
        />
        <AccountFormEnd
          error={login.error}
          pending={login.isPending}
          submitLabel="Sign in"
          link={{ to: '/forgot-password', label: 'Forgot password?' }}
        />
      </Stack>
    </form>
  );
}
