import { Alert, Button, Center, Loader, Stack } from '@mantine/core';
import { Outlet } from 'react-router';

import { isUnauthenticated } from '../../api/client.ts';
import { SetupGate } from '../setup/SetupGate.tsx';
import { SessionContext } from './session.ts';
import { useMe } from './use-me.ts';

/** Renders the signed-in part of the app, or sends the visitor to sign in (or to set up a new deployment). */
export function RequireAuth() {
  const me = useMe();

  if (isUnauthenticated(me.error)) return <SetupGate />;
  // A failed background refresh keeps the last good session on screen rather than blanking the app.
  if (me.data) {
    return (
      <SessionContext value={me.data}>
        <Outlet />
      </SessionContext>
    );
  }
  if (me.isError) {
    return (
      <Center mih="100vh" p="md">
        <Stack maw={420} w="100%">
          <Alert color="red" title="Leeway could not load">
            {me.error.message}
          </Alert>
          <Button onClick={() => void me.refetch()} loading={me.isFetching}>
            Try again
          </Button>
        </Stack>
      </Center>
    );
  }
  return (
    <Center mih="100vh">
      <Loader role="status" aria-label="Loading Leeway" />
    </Center>
  );
}
