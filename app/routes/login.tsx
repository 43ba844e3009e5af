import { Center, Paper, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { Navigate } from 'react-router';

import { LoginForm } from '../features/auth/LoginForm.tsx';
import { useSetupStatus } from '../features/setup/use-setup.ts';

export function LoginPage() {
  useDocumentTitle('Sign in · Leeway');
  const setup = useSetupStatus();
  // A deployment with no organization has nobody to sign in: its first admin sets it up.
  if (setup.data?.open) return <Navigate to="/setup" replace />;
  return (
    <Center component="main" mih="100vh" p="md" bg="gray.0">
      <Paper withBorder shadow="sm" p="xl" w="100%" maw={400}>
        <Text fw={700} size="xl" c="leeway.8">
          Leeway
        </Text>
        <Title order={1} size="h3" mt={4} mb="lg">
          Sign in
        </Title>
        <LoginForm />
      </Paper>
    </Center>
  );
}
