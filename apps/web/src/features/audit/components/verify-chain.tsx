import { Alert, Button, Stack, Text } from '@mantine/core';
import { ErrorAlert } from '../../../components/error-alert';
import { plural } from '../../../lib/format';
import { useVerifyAudit } from '../api/audit';

/** Recomputes every entry's hash on the server; a broken link means the log was altered outside Schoolgate. */
export function VerifyChain() {
  const verify = useVerifyAudit();
  const result = verify.data;
  return (
    <Stack gap="sm" align="flex-start">
      <Text>Check that no entry has been changed or removed since it was written.</Text>
      <Button variant="outline" onClick={() => verify.mutate()} loading={verify.isPending}>
        Verify the chain
      </Button>
      <ErrorAlert error={verify.error} title="The check could not run" />
      {result ? (
        result.intact ? (
          <Alert
            color="green"
            variant="light"
            role="status"
            title={`Intact: ${plural(result.checked, 'entry', 'entries')} checked`}
          >
            Every entry matches the one before it. Nothing has been altered.
          </Alert>
        ) : (
          <Alert color="red" variant="light" role="alert" title="The audit log has been altered">
            {result.firstBroken
              ? `The first broken entry is number ${result.firstBroken.seq}: ${result.firstBroken.reason} `
              : ''}
            {`${plural(result.checked, 'entry was', 'entries were')} checked. Tell your headteacher and the trust's ICT support now.`}
          </Alert>
        )
      ) : null}
    </Stack>
  );
}
