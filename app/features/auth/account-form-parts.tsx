import { Alert, Anchor, Button, TextInput } from '@mantine/core';
import { Link } from 'react-router';

/** The email an account signs in with, as sign-in and "forgot password" both ask for it. */
export function EmailField({
  value,
  onChange,
}: {
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <TextInput
      label="Email"
      type="email"
      autoComplete="username"
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      required
      withAsterisk={false}
    />
  );
}

type EndProps = {
  /** The server's words as sent (wrong password, too many attempts, a missing field), if it refused. */
  error: Error | null;
  pending: boolean;
  submitLabel: string;
  /** The other page of the pair: sign-in links to "forgot password" and back. */
  link: { to: string; label: string };
};

/** How a signed-out form ends: the refusal, the one full-width button, the way to the other page. */
export function AccountFormEnd({ error, pending, submitLabel, link }: EndProps) {
  return (
    <>
      {error ? <Alert color="red">{error.message}</Alert> : null}
      <Button type="submit" loading={pending} fullWidth>
        {submitLabel}
      </Button>
      <Anchor component={Link} to={link.to} size="sm">
        {link.label}
      </Anchor>
    </>
  );
}
