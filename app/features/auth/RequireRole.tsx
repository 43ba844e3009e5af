import { Anchor, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

import { Page } from '../../components/Page.tsx';
import { roleLabels } from '../people/role-labels.ts';
import { canUse } from './can.ts';
import { useSession } from './session.ts';

/** Someone who follows a link or types a URL beyond their role gets a plain explanation, not a broken page. */
export function RequireRole({ ability, children }: { ability: string; children: ReactNode }) {
  const session = useSession();
  const { person } = session;
  if (canUse(session, ability)) return children;
  return (
    <Page title="Not available for your role">
      <Text>
        This page is not part of the {roleLabels[person.role]} role. If you need it, ask an admin in
        your organization.
      </Text>
      <Anchor component={Link} to="/">
        Back to Home
      </Anchor>
    </Page>
  );
}
