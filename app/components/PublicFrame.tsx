import { Center, Paper, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { ReactNode } from 'react';

/** A page for someone not signed in (choosing a password, asking for a reset): the sign-in page's frame. */
export function PublicFrame({ title, children }: { title: string; children: ReactNode }) {
  useDocumentTitle(`${title} · Leeway`);
  return (
    <Center component="main" mih="100vh" p="md" bg="gray.0">
      <Paper withBorder shadow="sm" p="xl" w="100%" maw={440}>
        <Text fw={700} size="xl" c="leeway.8">
          Leeway
        </Text>
        <Title order={1} size="h3" mt={4} mb="lg">
          {title}
        </Title>
        {children}
      </Paper>
    </Center>
  );
}
