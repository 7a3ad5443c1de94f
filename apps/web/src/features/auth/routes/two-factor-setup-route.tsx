import { useState } from 'react';
import { Navigate, useNavigate } from 'react-router';
import { CentredLoader } from '../../../components/centred-loader';
import { ErrorAlert } from '../../../components/error-alert';
import { useMe } from '../api/me';
import { useFinishEnrolment, useStartEnrolment } from '../api/two-factor';
import { AuthLayout } from '../components/auth-layout';
import { EnrolmentSteps } from '../components/enrolment-steps';
import { RecoveryCodes } from '../components/recovery-codes';
import { SignOutLink } from '../components/sign-out-link';

export function TwoFactorSetupRoute() {
  const me = useMe();
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  if (recoveryCodes) return <RecoveryCodesPage codes={recoveryCodes} />;
  if (me.isPending) return <CentredLoader />;
  if (!me.data) return <Navigate to="/sign-in" replace />;
  if (me.data.stage === 'two_factor_required') return <Navigate to="/two-factor" replace />;
  if (me.data.twoFactor.enabled) return <Navigate to="/" replace />;
  return <EnrolmentPage onConfirmed={setRecoveryCodes} />;
}

function EnrolmentPage({ onConfirmed }: { onConfirmed: (codes: string[]) => void }) {
  const enrolment = useStartEnrolment();
  return (
    <AuthLayout
      title="Set up two-factor sign-in"
      width={560}
      intro="Your role can see safeguarding information, so Schoolgate asks for a code from your phone as well as your password."
    >
      {enrolment.isPending ? <CentredLoader label="Preparing your QR code" /> : null}
      <ErrorAlert error={enrolment.error} title="Two-factor set-up could not start" />
      {enrolment.data ? <EnrolmentSteps enrolment={enrolment.data} onConfirmed={onConfirmed} /> : null}
      <SignOutLink />
    </AuthLayout>
  );
}

function RecoveryCodesPage({ codes }: { codes: string[] }) {
  const finish = useFinishEnrolment();
  const navigate = useNavigate();
  return (
    <AuthLayout title="Two-factor sign-in is on" width={560}>
      <RecoveryCodes
        codes={codes}
        onContinue={async () => {
          await finish();
          navigate('/', { replace: true });
        }}
      />
    </AuthLayout>
  );
}
