import { Text } from '@mantine/core';
import { Navigate, useNavigate } from 'react-router';
import { CentredLoader } from '../../../components/centred-loader';
import { useMe } from '../api/me';
import { useSetupStatus } from '../../setup/api/setup';
import { pathForStage } from '../api/sign-in';
import { AuthLayout } from '../components/auth-layout';
import { SignInForm } from '../components/sign-in-form';

export function SignInRoute() {
  const navigate = useNavigate();
  const me = useMe();
  const setup = useSetupStatus();
  // A deployment with no school yet has nobody to sign in: its first leader sets it up.
  if (setup.data?.needed) return <Navigate to="/setup" replace />;
  if (me.isPending) return <CentredLoader label="Checking whether you are signed in" />;
  if (me.data) return <Navigate to={pathForStage(me.data.stage)} replace />;
  return (
    <AuthLayout title="Sign in to Schoolgate" intro="Use the email address and password your school gave you.">
      <SignInForm onSignedIn={(stage) => navigate(pathForStage(stage), { replace: true })} />
      <Text size="sm" c="dimmed">
        Forgotten your password? Ask your school office or the headteacher to reset it.
      </Text>
    </AuthLayout>
  );
}
