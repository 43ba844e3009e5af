import { Divider, Drawer, Stack, Text, Title, useMantineTheme } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';

import type { Person } from '../../api/types.ts';
import { SignInAccess } from '../invitations/SignInAccess.tsx';
import { roleLabels } from '../people/role-labels.ts';
import { PersonForm } from './PersonForm.tsx';
import { PersonOverrides } from './PersonOverrides.tsx';

/** An admin's side panel for one person: who they report to, their level, and any personal overrides. */
export function PersonAdminDrawer({
  person,
  timeZone,
  onClose,
}: {
  person: Person | null;
  timeZone: string;
  onClose: () => void;
}) {
  const theme = useMantineTheme();
  const wide = useMediaQuery(`(min-width: ${theme.breakpoints.sm})`, true, {
    getInitialValueInEffect: false,
  });
  return (
    <Drawer
      opened={person !== null}
      onClose={onClose}
      closeButtonProps={{ 'aria-label': 'Close' }}
      position="right"
      size={wide ? 480 : '100%'}
      title={<Text fw={600}>{person?.name}</Text>}
    >
      {person ? (
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {person.email} · {roleLabels[person.role]}
          </Text>
          {/* Keyed by person so switching people starts from their own values. */}
          <PersonForm key={person.id} person={person} />
          <SignInAccess key={`s-${person.id}`} person={person} />
          <Divider />
          <Title order={3} size="h5">
            Personal overrides
          </Title>
          <PersonOverrides key={`o-${person.id}`} person={person} timeZone={timeZone} />
        </Stack>
      ) : null}
    </Drawer>
  );
}
