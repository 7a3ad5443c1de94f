import { Text } from '@mantine/core';
import { useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { CentredLoader } from '../../../components/centred-loader';
import { ErrorAlert } from '../../../components/error-alert';
import { pathForStage, useSignIn } from '../../auth/api/sign-in';
import { AuthLayout } from '../../auth/components/auth-layout';
import { useSetupStatus } from '../api/setup';
import { SetupForm } from '../components/setup-form';

/** The printed link carries the token after "#token=", so it never reaches a server log. */
const tokenFromHash = (hash: string) => new URLSearchParams(hash.replace(/^#/, '')).get('token') ?? '';

export function SetupRoute() {
  const status = useSetupStatus();
  const location = useLocation();
  const navigate = useNavigate();
  const signIn = useSignIn();
  // Once this page has set the school up it signs the new leader in itself; it must not bounce to sign-in meanwhile.
  const [finished, setFinished] = useState(false);
  if (status.isPending) return <CentredLoader label="Checking whether Schoolgate is set up" />;
  if (status.data && !status.data.needed && !finished) return <Navigate to="/sign-in" replace />;
  return (
    <AuthLayout
      title="Set up Schoolgate"
      width={560}
      intro="Create your school (or trust) and your own account. This page works once, with the token printed when Schoolgate started."
    >
      <ErrorAlert error={status.error ?? signIn.error} />
      <SetupForm
        initialToken={tokenFromHash(location.hash)}
        onDone={(credentials) => {
          setFinished(true);
          signIn.mutate(credentials, {
            onSuccess: (result) => navigate(pathForStage(result.stage), { replace: true }),
          });
        }}
      />
      <Text size="sm" c="dimmed">
        Lost the token? Restart Schoolgate: it prints a new one until a school is set up.
      </Text>
    </AuthLayout>
  );
}
