import { Code, Image, List, Stack, Text, Title } from '@mantine/core';
import type { TwoFactorEnrolmentResponse } from '@schoolgate/contracts';
import { useConfirmEnrolment } from '../api/two-factor';
import { CodeForm } from './code-form';

interface EnrolmentStepsProps {
  enrolment: TwoFactorEnrolmentResponse;
  onConfirmed: (recoveryCodes: string[]) => void;
}

/** Groups the key in fours, as authenticator apps show it, so it is easier to copy by eye. */
function groupSecret(secret: string): string {
  return secret.replace(/(.{4})/g, '$1 ').trim();
}

export function EnrolmentSteps({ enrolment, onConfirmed }: EnrolmentStepsProps) {
  const confirm = useConfirmEnrolment();
  return (
    <Stack gap="lg">
      <List type="ordered" spacing="md">
        <List.Item>
          Install an authenticator app on your phone if you do not have one, such as Microsoft Authenticator or Google
          Authenticator.
        </List.Item>
        <List.Item>
          <Stack gap="xs">
            <Text>In the app, add an account and scan this QR code with your phone&apos;s camera.</Text>
            <Image
              src={enrolment.qrCodeDataUrl}
              alt="QR code that adds Schoolgate to your authenticator app"
              w={200}
              h={200}
              fit="contain"
            />
          </Stack>
        </List.Item>
        <List.Item>
          <Stack gap="xs">
            <Text id="totp-secret-label">If you cannot scan the code, type this key into the app instead:</Text>
            <Code
              block
              fz="lg"
              aria-labelledby="totp-secret-label"
              data-testid="totp-secret"
              data-secret={enrolment.secret}
            >
              {groupSecret(enrolment.secret)}
            </Code>
          </Stack>
        </List.Item>
        <List.Item>Type the 6-digit code the app now shows for Schoolgate.</List.Item>
      </List>
      <Title order={2} fz="lg">
        Check the code
      </Title>
      <CodeForm
        label="6-digit code from your app"
        submitLabel="Turn on two-factor sign-in"
        digitsOnly
        pending={confirm.isPending}
        error={confirm.error}
        onSubmit={(code) => confirm.mutate(code, { onSuccess: (result) => onConfirmed(result.recoveryCodes) })}
      />
    </Stack>
  );
}
