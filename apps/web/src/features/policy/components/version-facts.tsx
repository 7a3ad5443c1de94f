import { Anchor, Badge, Code, Group, Paper, SimpleGrid, Stack, Text, VisuallyHidden } from '@mantine/core';
import { API, type PolicyVersionSummary } from '@schoolgate/contracts';
import { formatLondonDateTime } from '../../../lib/format';
import { formatIsoDate, STATUS_COLOURS, STATUS_LABELS } from './version-labels';

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text>{children}</Text>
    </div>
  );
}

/** A version's status, approval, dates and hash, with the PDF and Word downloads, above its document. */
export function VersionFacts({ version }: { version: PolicyVersionSummary }) {
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Group gap="sm">
            <Text fw={700}>Version {version.number}</Text>
            <Badge color={STATUS_COLOURS[version.status]} variant="light">
              {STATUS_LABELS[version.status]}
            </Badge>
          </Group>
          <Group gap="md">
            <Anchor href={API.policyVersionPdf(version.id)} download>
              Download PDF of version {version.number}
            </Anchor>
            <Anchor href={API.policyVersionDocx(version.id)} download>
              Download for Word (.docx)<VisuallyHidden> of version {version.number}</VisuallyHidden>
            </Anchor>
          </Group>
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Fact label="Approved by governors">
            {version.approvedOn
              ? `${formatIsoDate(version.approvedOn)} (${version.approverName}, minute ${version.approvalMinuteRef})`
              : 'Not yet approved'}
          </Fact>
          <Fact label="Published">{version.publishedAt ? formatLondonDateTime(version.publishedAt) : 'Not yet'}</Fact>
          <Fact label="Review due">{version.reviewDue ? formatIsoDate(version.reviewDue) : 'Set on approval'}</Fact>
        </SimpleGrid>
        <Fact label="Fingerprint (SHA-256): staff sign this exact text">
          <Code style={{ wordBreak: 'break-all' }}>{version.contentHash}</Code>
        </Fact>
      </Stack>
    </Paper>
  );
}
