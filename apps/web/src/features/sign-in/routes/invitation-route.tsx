// The page an invitation email links to: the person chooses a password (and sets up two-factor next if their role
// needs it), or signs in with the school's provider. No sign-in is needed to open it: the link is the key.
import { Button, PasswordInput, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { CentredLoader } from '../../../components/centred-loader';
import { ErrorAlert } from '../../../components/error-alert';
import { isApiError } from '../../../lib/api-client';
import { formatLondonDate } from '../components/london-date';
import { pathForStage } from '../../auth/api/sign-in';
import { AuthLayout } from '../../auth/components/auth-layout';
import { useAcceptInvitation, useInvitation } from '../api/sign-in';
import { ProviderButtons } from '../components/provider-buttons';

export function InvitationRoute() {
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const invitation = useInvitation(token);
  const accept = useAcceptInvitation(token);
  const [password, setPassword] = useState('');

  if (invitation.isPending) return <CentredLoader label="Opening your invitation" />;
  if (invitation.error || !invitation.data) {
    return (
      <AuthLayout title="This invitation cannot be used">
        <ErrorAlert error={invitation.error} title="The link does not work" />
        <Text>
          <a href="/sign-in">Go to the sign-in page</a> if you have already set up your sign-in.
        </Text>
      </AuthLayout>
    );
  }
  const data = invitation.data;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    accept.mutate(password, { onSuccess: (result) => navigate(pathForStage(result.stage), { replace: true }) });
  };
  const fieldError = isApiError(accept.error) ? accept.error.fieldMessage('password') : undefined;

  return (
    <AuthLayout
      title={`Welcome, ${data.firstName}`}
      intro={`${data.schoolName} has invited you to sign in to Schoolgate. This link works once, until ${formatLondonDate(data.expiresAt)}.`}
    >
      {data.providers.length > 0 ? (
        <Stack gap="xs">
          <Text>Your school lets you sign in with your school account:</Text>
          <ProviderButtons providers={data.providers} />
        </Stack>
      ) : null}
      <form onSubmit={submit} noValidate aria-label="Set up your sign-in">
        <Stack gap="md">
          <ErrorAlert error={fieldError ? null : accept.error} title="Your password could not be set" />
          <Text>
            You will sign in as <strong>{data.email}</strong>.
          </Text>
          <PasswordInput
            label="Choose a password"
            description="At least 12 characters. A few unrelated words are easy to remember and hard to guess."
            name="new-password"
            autoComplete="new-password"
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={fieldError}
          />
          {data.needsTwoFactor ? (
            <Text size="sm">
              Your role needs two-factor sign-in: next you will set it up with an authenticator app on your phone.
            </Text>
          ) : null}
          <Button type="submit" loading={accept.isPending}>
            Set my password and sign in
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
