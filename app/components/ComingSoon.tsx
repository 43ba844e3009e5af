import { Paper, Text } from '@mantine/core';

import { Page } from './Page.tsx';

/** An honest stand-in for a page that is planned but not built: it says what is coming, no mock data. */
export function ComingSoon({ title, what }: { title: string; what: string }) {
  return (
    <Page title={title}>
      <Paper withBorder p="lg" maw={640}>
        <Text>Coming in the next release: {what}</Text>
      </Paper>
    </Page>
  );
}
