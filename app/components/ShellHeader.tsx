import { Burger, Button, Group, Stack, Text } from '@mantine/core';

import { useSession } from '../features/auth/session.ts';
import { useLogout } from '../features/auth/use-logout.ts';

type ShellHeaderProps = { navOpened: boolean; onToggleNav: () => void; navId: string };

export function ShellHeader({ navOpened, onToggleNav, navId }: ShellHeaderProps) {
  const { person, organization } = useSession();
  const logout = useLogout();

  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
      <Group gap="sm" wrap="nowrap" miw={0}>
        <Burger
          opened={navOpened}
          onClick={onToggleNav}
          hiddenFrom="sm"
          size="sm"
          aria-label="Toggle navigation"
          aria-expanded={navOpened}
          aria-controls={navId}
        />
        {/* Product and organization stacked, so both still fit beside the burger at 375px. */}
        <Stack gap={0} miw={0}>
          <Text fw={700} size="lg" lh={1.2} c="leeway.8">
            Leeway
          </Text>
          <Text size="xs" c="dimmed" truncate="end">
            {organization.name}
          </Text>
        </Stack>
      </Group>
      <Group gap="sm" wrap="nowrap" miw={0}>
        {logout.isError ? (
          <Text size="xs" c="red" role="alert" maw={160} lineClamp={2}>
            Sign-out failed: {logout.error.message}
          </Text>
        ) : null}
        {/* On a phone the name gives way so the sign-out button always fits. */}
        <Text size="sm" fw={500} truncate="end" maw={260} visibleFrom="sm">
          {person.name}
        </Text>
        <Button
          variant="default"
          size="xs"
          style={{ flexShrink: 0 }}
          onClick={() => logout.mutate()}
          loading={logout.isPending}
        >
          Sign out
        </Button>
      </Group>
    </Group>
  );
}
