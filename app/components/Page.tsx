import { Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { ReactNode } from 'react';

type PageProps = {
  /** The page's one h1. */
  title: string;
  /** For the browser tab, when the h1 is too personal or too long (defaults to the title). */
  documentTitle?: string;
  description?: ReactNode;
  children: ReactNode;
};

export function Page({ title, documentTitle, description, children }: PageProps) {
  useDocumentTitle(`${documentTitle ?? title} · Leeway`);
  return (
    <Stack gap="lg" py="xs">
      <div>
        <Title order={1} size="h2">
          {title}
        </Title>
        {description ? (
          <Text c="dimmed" mt={4}>
            {description}
          </Text>
        ) : null}
      </div>
      {children}
    </Stack>
  );
}
