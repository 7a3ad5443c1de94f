import { Alert, Anchor, Card, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Link } from 'react-router';
import { CentredLoader } from '../../../components/centred-loader';
import { ErrorAlert } from '../../../components/error-alert';
import { formatLondonDateTime } from '../../../lib/format';
import { useMyAcceptance, useSignAcceptance } from '../api/acceptance';
import { SignForm } from './sign-form';

/** "Your statement": what to sign, or when you signed it. Shown to everyone. */
export function StatementCard() {
  const mine = useMyAcceptance();
  const sign = useSignAcceptance();
  const data = mine.data;

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="statement-heading">
      <Stack gap="md">
        <Title order={2} id="statement-heading" size="h3">
          Your Statement of Acceptance
        </Title>
        <ErrorAlert error={mine.error} title="Your statement could not be loaded" />
        {mine.isPending ? <CentredLoader label="Loading your statement" /> : null}
        {data ? (
          data.signed ? (
            <Alert color="green" variant="light" title="Signed" role="status">
              You signed version {data.signed.versionNumber} of the policy on{' '}
              {formatLondonDateTime(data.signed.acceptedAt)}, as “{data.signed.typedName}”. You will be asked again when
              a new version is published.
            </Alert>
          ) : data.cannotSignReason || !data.version || !data.statement || !data.expectedName ? (
            <Text>{data.cannotSignReason}</Text>
          ) : (
            <>
              <Text>
                Please read{' '}
                <Anchor component={Link} to="/policy">
                  version {data.version.number} of the social media policy
                </Anchor>
                , then sign below to confirm you will follow it.
              </Text>
              <SignForm
                versionId={data.version.id}
                statement={data.statement}
                statementBlocks={data.statementBlocks}
                expectedName={data.expectedName}
                pending={sign.isPending}
                error={sign.error}
                onSubmit={(input) =>
                  sign.mutate(input, {
                    onSuccess: () =>
                      notifications.show({ message: 'Thank you. Your signature is saved.', color: 'green' }),
                  })
                }
              />
            </>
          )
        ) : null}
      </Stack>
    </Card>
  );
}
