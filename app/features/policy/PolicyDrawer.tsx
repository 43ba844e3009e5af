import { Drawer, Text, useMantineTheme } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';

import { drawerContent, type DrawerContext } from './policy-drawers.tsx';
import type { Panel } from './policy-panel.ts';

/** The side drawer that edits one part of the policy; full width on a narrow screen. */
export function PolicyDrawer({ panel, ...ctx }: DrawerContext & { panel: Panel | null }) {
  const theme = useMantineTheme();
  const wide = useMediaQuery(`(min-width: ${theme.breakpoints.sm})`, true, {
    getInitialValueInEffect: false,
  });
  const drawer = panel ? drawerContent(ctx, panel) : null;
  return (
    <Drawer
      opened={drawer !== null}
      onClose={ctx.close}
      closeButtonProps={{ 'aria-label': 'Close' }}
      position="right"
      size={wide ? 460 : '100%'}
      title={<Text fw={600}>{drawer?.title}</Text>}
      overlayProps={{ backgroundOpacity: 0.2 }}
    >
      {drawer?.body}
    </Drawer>
  );
}
