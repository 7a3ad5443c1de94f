import { Alert, Anchor, Button, Radio, Stack, Text } from '@mantine/core';
import type { ConnectProblem, ConnectionView } from '@schoolgate/contracts';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { CentredLoader } from '../../../components/centred-loader';
import { ErrorAlert } from '../../../components/error-alert';
import { PageHeader } from '../../../components/page-header';
import { can } from '../../../lib/permissions';
import { useSession } from '../../../lib/session-context';
import { NoAccess } from '../../shell/components/no-access';
import { useChooseConnection, useConnection } from '../api/connections';
import { PLATFORM_LABELS } from '../components/labels';

const PROBLEMS: Record<ConnectProblem, string> = {
  state_missing:
    'The platform sent you back without the code Schoolgate gave it, so Schoolgate cannot tell whose sign-in this was. Nothing was connected: start again from the register.',
  state_unknown:
    'Schoolgate did not start this sign-in, so it was refused and nothing was connected. If you were connecting an account, start again from the register.',
  state_used:
    'This sign-in has already been used, and each one works only once. If the account is not connected yet, start again from the register.',
  state_expired: 'The sign-in took longer than ten minutes and has expired. Start again from the register.',
  cancelled: 'The sign-in was cancelled on the platform, so nothing was connected.',
  platform_refused:
    'The platform would not finish the sign-in. Try again; if it happens again, ask whoever runs Schoolgate to check the school’s app settings.',
  nothing_to_connect:
    'The platform offered no Page or account to connect. Sign in as someone who manages the school’s Page (for Instagram, the Page the Instagram account is linked to).',
};

const isProblem = (value: string | null): value is ConnectProblem => value !== null && value in PROBLEMS;

/** Where the platform's sign-in comes back to: choose the Page or account that is the approved one, or see why not. */
export function ConnectRoute() {
  const me = useSession();
  const [params] = useSearchParams();
  const problem = params.get('problem');
  const connectionId = params.get('connection');
  const connection = useConnection(isProblem(problem) ? null : connectionId);
  if (!can(me, 'update:account')) return <NoAccess title="Connect an account" />;
  return (
    <>
      <PageHeader title="Connect an account" description="Finish connecting an approved account to its platform." />
      <Stack gap="md" maw={720}>
        {isProblem(problem) ? (
          <Alert color="red" title="Nothing was connected" role="alert" variant="light">
            {PROBLEMS[problem]}
          </Alert>
        ) : null}
        {!isProblem(problem) && connection.isPending && connectionId ? (
          <CentredLoader label="Loading what the platform offered" />
        ) : null}
        <ErrorAlert error={connection.error} />
        {connection.data ? <Choose view={connection.data} /> : null}
        <Anchor component={Link} to="/accounts">
          Back to the register
        </Anchor>
      </Stack>
    </>
  );
}

function Choose({ view }: { view: ConnectionView }) {
  const choose = useChooseConnection(view.id);
  const free = view.choices.filter((c) => !c.taken);
  const [picked, setPicked] = useState<string | null>(
    (free.find((c) => c.matches) ?? (free.length === 1 ? free[0] : undefined))?.externalId ?? null,
  );
  const platform = PLATFORM_LABELS[view.platform];
  if (view.status === 'connected') {
    return (
      <Alert color="green" title="Connected" variant="light">
        {platform}: {view.handle} is connected. The register shows its health.
      </Alert>
    );
  }
  if (view.status !== 'choosing') {
    return (
      <Alert color="red" title="Nothing was connected" variant="light">
        This sign-in cannot be used any more. Start again from the register.
      </Alert>
    );
  }
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (picked) choose.mutate({ externalId: picked });
      }}
    >
      <Stack gap="md">
        <Text>
          The approved account is <strong>{view.handle}</strong> on {platform}. Choose the one that is it.
        </Text>
        {view.missingPermissions.length > 0 ? (
          <Alert color="orange" title="A permission was not granted" variant="light">
            Schoolgate needs {view.missingPermissions.join(', ')} to moderate this account. You can connect it now, but
            the register will say what is missing until you reconnect and leave every box ticked.
          </Alert>
        ) : null}
        <Radio.Group
          label={view.platform === 'x' ? 'The X account you signed in as' : 'Pages and accounts you manage'}
          value={picked}
          onChange={setPicked}
        >
          <Stack gap="xs" mt="xs">
            {view.choices.map((c) => (
              <Radio
                key={c.externalId}
                value={c.externalId}
                disabled={c.taken}
                label={`${c.name}${c.matches ? ' (matches the approved account)' : ''}${c.taken ? ' (already connected to another account)' : ''}`}
              />
            ))}
          </Stack>
        </Radio.Group>
        <ErrorAlert error={choose.error} title="It could not be connected" />
        <div>
          <Button type="submit" disabled={!picked} loading={choose.isPending}>
            Connect this account
          </Button>
        </div>
      </Stack>
    </form>
  );
}
