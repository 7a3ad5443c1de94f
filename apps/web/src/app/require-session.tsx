import { Button, Center, Stack } from '@mantine/core';
import { Navigate, Outlet, useLocation } from 'react-router';
import { CentredLoader } from '../components/centred-loader';
import { ErrorAlert } from '../components/error-alert';
import { useMe } from '../features/auth/api/me';
import { pathForStage } from '../features/auth/api/sign-in';
import { SessionContext } from '../lib/session-context';

/** Lets only fully signed-in people past; anyone part-way through sign-in is sent to their next step. */
export function RequireSession() {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <CentredLoader label="Loading Schoolgate" />;
  if (me.isError) {
    return (
      <Center component="main" id="main" p="xl">
        <Stack maw={480}>
          <ErrorAlert error={me.error} title="Schoolgate could not load" />
          <Button onClick={() => me.refetch()}>Try again</Button>
        </Stack>
      </Center>
    );
  }
  if (!me.data) return <Navigate to="/sign-in" replace state={{ from: location.pathname }} />;
  if (me.data.stage !== 'signed_in') return <Navigate to={pathForStage(me.data.stage)} replace />;
  return (
    <SessionContext.Provider value={me.data}>
      <Outlet />
    </SessionContext.Provider>
  );
}
