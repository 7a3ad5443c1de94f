import { Button } from '@mantine/core';
import type { RegisterAccount } from '@schoolgate/contracts';
import { ErrorAlert } from '../../../components/error-alert';
import { useStartConnection } from '../api/connections';
import { PLATFORM_LABELS } from './labels';

/** Sends the administrator to the platform's sign-in page to connect (or reconnect) the account. */
export function ConnectButton({ account }: { account: RegisterAccount }) {
  const start = useStartConnection();
  const connected = account.status === 'active';
  // The visible words start the accessible name, which adds the handle to tell the rows apart.
  const label = `${connected ? 'Reconnect to' : 'Connect to'} ${PLATFORM_LABELS[account.platform]}`;
  return (
    <>
      <Button
        size="xs"
        mt={4}
        variant={connected ? 'subtle' : 'filled'}
        loading={start.isPending}
        onClick={() => start.mutate(account.id)}
        aria-label={`${label}: ${account.handle}`}
      >
        {label}
      </Button>
      <ErrorAlert error={start.error} title="It could not be connected" />
    </>
  );
}
