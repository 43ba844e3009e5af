import { Anchor, Text } from '@mantine/core';
import { Link, useLocation } from 'react-router';

import { Page } from '../components/Page.tsx';

export function NotFoundPage() {
  const { pathname } = useLocation();
  return (
    <Page title="Page not found">
      <Text>There is no page at {pathname}.</Text>
      <Anchor component={Link} to="/">
        Go to Home
      </Anchor>
    </Page>
  );
}
