import {
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { API, type PolicyVersionSummary } from '@schoolgate/contracts';
import { useState } from 'react';
import { CentredLoader } from '../../../components/centred-loader';
import { ErrorAlert } from '../../../components/error-alert';
import { formatLondonDateTime } from '../../../lib/format';
import { can } from '../../../lib/permissions';
import { useSession } from '../../../lib/session-context';
import { useDraftPolicyVersion, usePolicyVersions } from '../api/policy';
import { ApproveDialog } from './approve-dialog';
import { PublishDialog } from './publish-dialog';
import { formatIsoDate, STATUS_COLOURS, STATUS_LABELS } from './version-labels';
import { ScrollTable } from '../../../components/scroll-table';

/** Every version of the policy, and the steps from draft to published that the person's role allows. */
export function VersionsPanel() {
  const me = useSession();
  const versions = usePolicyVersions();
  const draft = useDraftPolicyVersion();
  const [summary, setSummary] = useState('');
  const [approving, setApproving] = useState<PolicyVersionSummary | null>(null);
  const [publishing, setPublishing] = useState<PolicyVersionSummary | null>(null);

  if (versions.isPending) return <CentredLoader label="Loading versions" />;
  if (versions.error) return <ErrorAlert error={versions.error} title="The versions could not be loaded" />;
  const items = versions.data.items;
  const openDraft = items.find((v) => v.status === 'draft');
  const current = items.find((v) => v.status === 'published') ?? null;

  return (
    <Stack gap="lg">
      {can(me, 'update:policy') ? (
        <Paper withBorder p="md" radius="md">
          <Stack gap="sm">
            <Title order={2} size="h3">
              {openDraft ? `Update draft version ${openDraft.number}` : 'Draft a new version'}
            </Title>
            <Text size="sm">
              {openDraft
                ? 'Bring the draft up to date with the current settings and the staff list before the governors see it.'
                : 'Takes the current settings and the names on the staff list, and writes them into a draft for the governors.'}
            </Text>
            <ErrorAlert error={draft.error} title="The draft could not be written" />
            <Group align="flex-end">
              <TextInput
                label="What has changed (optional)"
                description="Shown in the list of versions."
                value={summary}
                onChange={(e) => setSummary(e.currentTarget.value)}
                w={420}
                maw="100%"
              />
              <Button
                loading={draft.isPending}
                onClick={() =>
                  draft.mutate(summary, {
                    onSuccess: (version) => {
                      setSummary('');
                      notifications.show({ message: `Draft version ${version.number} is ready.`, color: 'green' });
                    },
                  })
                }
              >
                {openDraft ? `Update draft version ${openDraft.number}` : 'Draft a new version'}
              </Button>
            </Group>
          </Stack>
        </Paper>
      ) : null}
      {items.length === 0 ? (
        <Text role="status">No versions yet.</Text>
      ) : (
        <ScrollTable label="Versions of the policy" minWidth={760}>
          <Table striped aria-label="Versions of the policy">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Version</Table.Th>
                <Table.Th scope="col">Status</Table.Th>
                <Table.Th scope="col">Drafted</Table.Th>
                <Table.Th scope="col">Approved</Table.Th>
                <Table.Th scope="col">Review due</Table.Th>
                <Table.Th scope="col">Actions</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((version) => (
                <Table.Tr key={version.id}>
                  <Table.Td>
                    <Text fw={600}>{version.number}</Text>
                    {version.summaryOfChanges ? <Text size="sm">{version.summaryOfChanges}</Text> : null}
                  </Table.Td>
                  <Table.Td style={{ minWidth: 130 }}>
                    <Badge color={STATUS_COLOURS[version.status]} variant="light">
                      {STATUS_LABELS[version.status]}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{formatLondonDateTime(version.createdAt)}</Table.Td>
                  <Table.Td>
                    {version.approvedOn
                      ? `${formatIsoDate(version.approvedOn)}, minute ${version.approvalMinuteRef}`
                      : 'Not yet'}
                  </Table.Td>
                  <Table.Td>{version.reviewDue ? formatIsoDate(version.reviewDue) : '-'}</Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Anchor href={API.policyVersionPdf(version.id)} download size="sm">
                        PDF<VisuallyHidden> of version {version.number}</VisuallyHidden>
                      </Anchor>
                      <Anchor href={API.policyVersionDocx(version.id)} download size="sm">
                        Word<VisuallyHidden> (.docx) of version {version.number}</VisuallyHidden>
                      </Anchor>
                      {version.status === 'draft' && can(me, 'approve:policy') ? (
                        <Button size="xs" variant="light" onClick={() => setApproving(version)}>
                          Record approval<VisuallyHidden> of version {version.number}</VisuallyHidden>
                        </Button>
                      ) : null}
                      {version.status === 'approved' && can(me, 'publish:policy') ? (
                        <Button size="xs" onClick={() => setPublishing(version)}>
                          Publish<VisuallyHidden> version {version.number}</VisuallyHidden>
                        </Button>
                      ) : null}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
      <ApproveDialog version={approving} onClose={() => setApproving(null)} />
      <PublishDialog version={publishing} current={current} onClose={() => setPublishing(null)} />
    </Stack>
  );
}
