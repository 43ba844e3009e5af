import { Center, Loader, Paper, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { Navigate } from 'react-router';

import { SetupForm } from '../features/setup/SetupForm.tsx';
import { useLinkToken } from '../features/setup/use-link-token.ts';
import { useSetupStatus } from '../features/setup/use-setup.ts';

export function SetupPage() {
  useDocumentTitle('Set up Leeway');
  // Read before anything else renders: the address bar loses the token at once.
  const linkToken = useLinkToken();
  const status = useSetupStatus();
  if (status.isPending)
    return (
      <Center mih="100vh">
        <Loader role="status" aria-label="Loading Leeway" />
      </Center>
    );
  // Once there is an organization, people sign in (or are invited); setup is over.
  if (!status.data?.open) return <Navigate to="/login" replace />;
  return (
    <Center component="main" mih="100vh" p="md" bg="gray.0">
      <Paper withBorder shadow="sm" p={{ base: 'md', sm: 'xl' }} w="100%" maw={600}>
        <Text fw={700} size="xl" c="leeway.8">
          Leeway
        </Text>
        <Title order={1} size="h3" mt={4}>
          Set up your organization
        </Title>
        <Text c="dimmed" size="sm" mt={4} mb="lg">
          Nobody works here yet. Create your organization and your own admin account; you can invite
          your team and import your customers next.
        </Text>
        <SetupForm linkToken={linkToken} />
      </Paper>
    </Center>
  );
}
