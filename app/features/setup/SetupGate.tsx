import { Center, Loader } from '@mantine/core';
import { Navigate } from 'react-router';

import { useSetupStatus } from './use-setup.ts';

/** Where a visitor without a session goes: the first-run setup while it is open, else sign-in. */
export function SetupGate() {
  const status = useSetupStatus();
  if (status.isPending)
    return (
      <Center mih="100vh">
        <Loader role="status" aria-label="Loading Leeway" />
      </Center>
    );
  return <Navigate to={status.data?.open ? '/setup' : '/login'} replace />;
}
