import { Alert, Button, Card, Group, Progress, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { CentredLoader } from '../../../components/centred-loader';
import { ErrorAlert } from '../../../components/error-alert';
import { formatLondonDateTime, plural } from '../../../lib/format';
import { roleLabel } from '../../../lib/roles';
import { useAcceptanceCoverage, useRemindAcceptance } from '../api/acceptance';
import { useInviteStaff } from '../../sign-in/api/sign-in';
import { RemindOutcome } from './remind-outcome';
import { TrainingStatusBadge } from './training-status-badge';
import { ScrollTable } from '../../../components/scroll-table';

interface CoveragePanelProps {
  canRemind: boolean;
  /** May send sign-in invitations (docs/sign-in.md): offered beside each person who cannot sign in, so they can sign. */
  canInvite?: boolean;
}

/** For leaders: who has signed the version in force, a button to remind the rest, and invitations for those who
 * cannot sign in (they can only sign once they can). */
export function CoveragePanel({ canRemind, canInvite = false }: CoveragePanelProps) {
  const coverage = useAcceptanceCoverage(true);
  const remind = useRemindAcceptance();
  const invite = useInviteStaff();
  const [invited, setInvited] = useState<Record<string, { name: string; emailed: boolean }>>({});
  const lastInvited = invite.variables ? invited[invite.variables] : undefined;
  const [onlyUnsigned, setOnlyUnsigned] = useState(false);
  const data = coverage.data;
  const items = data ? (onlyUnsigned ? data.items.filter((i) => i.signedAt === null) : data.items) : [];

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="coverage-heading">
      <Stack gap="md">
        <Title order={2} id="coverage-heading" size="h3">
          Who has signed
        </Title>
        <ErrorAlert error={coverage.error} title="Signatures could not be loaded" />
        {coverage.isPending ? <CentredLoader label="Loading signatures" /> : null}
        {data && !data.version ? (
          <Text>Nobody can sign yet: the school has not published its social media policy in Schoolgate.</Text>
        ) : null}
        {data?.version && data.scope === 'none' ? (
          <Text>
            Version {data.version.number} of the policy does not ask staff to sign a Statement of Acceptance, so there
            is nobody to count.
          </Text>
        ) : null}
        {data?.version && data.scope === 'runners' ? (
          <Text>
            Version {data.version.number} asks only the staff who run the school’s accounts to sign: for now, the
            account administrators.
          </Text>
        ) : null}
        {data?.version && data.scope !== 'none' ? (
          <>
            <Stack gap={4}>
              <Text fw={600}>
                {data.signed} of {plural(data.total, 'member')} of staff ({data.percent}%) have signed version{' '}
                {data.version.number}.
              </Text>
              <Progress
                value={data.percent}
                size="lg"
                color="green.8"
                aria-label={`Staff who have signed version ${data.version.number}`}
              />
            </Stack>
            <Group justify="space-between">
              <Switch
                label="Show only those who have not signed"
                checked={onlyUnsigned}
                onChange={(e) => setOnlyUnsigned(e.currentTarget.checked)}
              />
              {canRemind ? (
                <Button
                  variant="outline"
                  onClick={() => remind.mutate()}
                  loading={remind.isPending}
                  disabled={data.signed === data.total}
                >
                  Remind those who have not signed
                </Button>
              ) : null}
            </Group>
            <RemindOutcome
              error={remind.error}
              result={remind.data}
              nobodyText={'Nobody new to remind today: everyone who can sign in has already been reminded today.'}
            />
            <ErrorAlert error={invite.error} title="The invitation could not be sent" />
            {invite.isSuccess && lastInvited ? (
              <Alert color={lastInvited.emailed ? 'green' : 'yellow'} variant="light" role="status">
                {lastInvited.emailed
                  ? `Invitation emailed to ${lastInvited.name}. Once they have signed in, they can sign the policy.`
                  : `The invitation for ${lastInvited.name} was recorded but could not be emailed: is email set up?`}
              </Alert>
            ) : null}
            <ScrollTable label={`Signatures of version ${data.version.number}`} minWidth={560}>
              <Table striped verticalSpacing="xs" captionSide="top">
                <Table.Caption style={{ textAlign: 'left' }}>Signatures of version {data.version.number}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Name</Table.Th>
                    <Table.Th scope="col">Role</Table.Th>
                    <Table.Th scope="col">Signed</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((item) => (
                    <Table.Tr key={item.staffId} id={`staff-${item.staffId}`}>
                      <Table.Th scope="row" fw={600}>
                        {item.name}
                        {item.canSignIn ? null : (
                          <Group gap="xs" wrap="nowrap">
                            <Text size="xs" c="dimmed">
                              {invited[item.staffId] ? 'Invited to sign in' : 'Cannot sign in'}
                            </Text>
                            {canInvite ? (
                              <Button
                                size="compact-xs"
                                variant="light"
                                aria-label={`${invited[item.staffId] ? 'Resend the invitation to' : 'Invite'} ${item.name}`}
                                loading={invite.isPending && invite.variables === item.staffId}
                                onClick={() =>
                                  invite.mutate(item.staffId, {
                                    onSuccess: (r) =>
                                      setInvited((all) => ({
                                        ...all,
                                        [item.staffId]: { name: item.name, emailed: r.invitation.emailed },
                                      })),
                                  })
                                }
                              >
                                {invited[item.staffId] ? 'Resend' : 'Invite'}
                              </Button>
                            ) : null}
                          </Group>
                        )}
                      </Table.Th>
                      <Table.Td>{roleLabel(item.role)}</Table.Td>
                      <Table.Td>
                        {item.signedAt ? (
                          <Group gap="xs">
                            <TrainingStatusBadge status="signed" />
                            <Text size="sm">{formatLondonDateTime(item.signedAt)}</Text>
                          </Group>
                        ) : (
                          <TrainingStatusBadge status="unsigned" />
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollTable>
          </>
        ) : null}
      </Stack>
    </Card>
  );
}
