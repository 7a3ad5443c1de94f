import { Alert, Text } from '@mantine/core';
import { isProviderSignInProblem, PROVIDER_SIGN_IN_PROBLEMS } from '@schoolgate/domain/shared';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useOfferedProviders } from '../../sign-in/api/sign-in';
import { ProviderButtons } from '../../sign-in/components/provider-buttons';
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
  const [params] = useSearchParams();
  // A sign-in with the school's provider that was refused comes back here naming why (issue 13).
  const problem = params.get('problem');
  const offered = useOfferedProviders(params.get('school'));
  // A deployment with no school yet has nobody to sign in: its first leader sets it up.
  if (setup.data?.needed) return <Navigate to="/setup" replace />;
  if (me.isPending) return <CentredLoader label="Checking whether you are signed in" />;
  if (me.data) return <Navigate to={pathForStage(me.data.stage)} replace />;
  return (
    <AuthLayout
      title="Sign in to Schoolgate"
      intro={
        offered.data?.providers.length
          ? 'Use your school account, or the email address and password your school gave you.'
          : 'Use the email address and password your school gave you.'
      }
    >
      {isProviderSignInProblem(problem) ? (
        <Alert color="red" title="You could not be signed in" role="alert" variant="light">
          {PROVIDER_SIGN_IN_PROBLEMS[problem]}
        </Alert>
      ) : null}
      <ProviderButtons providers={offered.data?.providers ?? []} />
      <SignInForm onSignedIn={(stage) => navigate(pathForStage(stage), { replace: true })} />
      <Text size="sm" c="dimmed">
        Forgotten your password? Ask your school office or the headteacher to reset it.
      </Text>
    </AuthLayout>
  );
}
