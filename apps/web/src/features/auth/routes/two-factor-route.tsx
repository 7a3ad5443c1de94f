import { Navigate, useNavigate } from 'react-router';
import { CentredLoader } from '../../../components/centred-loader';
import { useMe } from '../api/me';
import { pathForStage } from '../api/sign-in';
import { useVerifyTwoFactor } from '../api/two-factor';
import { AuthLayout } from '../components/auth-layout';
import { CodeForm } from '../components/code-form';
import { SignOutLink } from '../components/sign-out-link';

export function TwoFactorRoute() {
  const me = useMe();
  const verify = useVerifyTwoFactor();
  const navigate = useNavigate();
  if (me.isPending) return <CentredLoader />;
  if (!me.data) return <Navigate to="/sign-in" replace />;
  if (me.data.stage !== 'two_factor_required' && !verify.isSuccess)
    return <Navigate to={pathForStage(me.data.stage)} replace />;
  return (
    <AuthLayout
      title="Enter your security code"
      intro="Open the authenticator app on your phone and type the 6-digit code it shows for Schoolgate."
    >
      <CodeForm
        label="Security code"
        description="Lost your phone? Type one of your recovery codes instead."
        submitLabel="Continue"
        pending={verify.isPending}
        error={verify.error}
        onSubmit={(code) => verify.mutate(code, { onSuccess: () => navigate('/', { replace: true }) })}
      />
      <SignOutLink />
    </AuthLayout>
  );
}
