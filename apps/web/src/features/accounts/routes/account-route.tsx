import { Anchor, Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { CentredLoader } from '../../../components/centred-loader';
import { ErrorAlert } from '../../../components/error-alert';
import { PageHeader } from '../../../components/page-header';
import { can } from '../../../lib/permissions';
import { useSession } from '../../../lib/session-context';
import { NoAccess } from '../../shell/components/no-access';
import { useAccountRegister } from '../api/accounts';
import { CredentialsCard } from '../components/credentials-card';
import { HandoverTasks } from '../components/handover-tasks';
import { PageLinksCard } from '../components/page-links-card';
import { FLAG_LABELS, GAP_LABELS, PLATFORM_LABELS, STATUS_LABELS } from '../components/labels';

/** One official account: its runners, any handover, its sign-in details, and the pages it likes or follows. */
export function AccountRoute() {
  const me = useSession();
  const { id = '' } = useParams();
  const register = useAccountRegister();
  if (!can(me, 'read:account')) return <NoAccess title="Official account" />;
  if (register.isPending) return <CentredLoader label="Loading the account" />;
  const account = register.data?.items.find((a) => a.id === id);
  if (!account)
    return (
      <>
        <ErrorAlert error={register.error} />
        <Text>
          That account is not on the register.{' '}
          <Anchor component={Link} to="/accounts">
            Back to the register
          </Anchor>
        </Text>
      </>
    );
  return (
    <>
      <PageHeader title={`${PLATFORM_LABELS[account.platform]}: ${account.handle}`} description={account.displayName} />
      <Anchor component={Link} to="/accounts" size="sm" mb="md" display="inline-block">
        ← All official accounts
      </Anchor>
      <HandoverTasks accountId={account.id} />
      <Stack gap="md">
        <Paper withBorder p="lg" component="section" aria-labelledby="runners-heading">
          <Group justify="space-between" mb="xs">
            <Title order={2} fz="lg" id="runners-heading">
              Runners
            </Title>
            <Group gap={4}>
              <Badge variant="light" color={account.status === 'closed' ? 'gray' : 'blue'}>
                {STATUS_LABELS[account.status] ?? account.status}
              </Badge>
              {account.flags.map((f) => (
                <Badge key={f} color={f === 'not_connected' ? 'gray' : 'orange'} variant="light">
                  {FLAG_LABELS[f]}
                </Badge>
              ))}
            </Group>
          </Group>
          <Text size="sm" c="dimmed" mb="xs">
            Only the runners and the head moderate and publish on this account.
          </Text>
          <List size="sm">
            {account.runners.map((r) => (
              <List.Item key={r.staffId}>
                {r.name}
                {r.missing.length > 0 ? ` (${r.missing.map((m) => GAP_LABELS[m]).join(', ')})` : ''}
              </List.Item>
            ))}
          </List>
        </Paper>
        <CredentialsCard accountId={account.id} />
        <PageLinksCard accountId={account.id} />
      </Stack>
    </>
  );
}
