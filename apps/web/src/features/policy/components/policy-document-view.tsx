import { Badge, Stack, Table, Title } from '@mantine/core';
import type {
  PolicyDocumentBlock,
  PolicyDocumentView as PolicyDocumentData,
  VersionHistoryRowView,
} from '@schoolgate/contracts';
import { PolicyBlocks } from '../../../components/policy-blocks';
import { formatIsoDate } from './version-labels';

interface PolicyDocumentViewProps {
  document: PolicyDocumentData;
  /** Distinguishes two documents on one page (the one in force and a draft) for headings' ids. */
  idPrefix: string;
}

type ClauseStatus = NonNullable<PolicyDocumentBlock['status']>;

/** What Schoolgate does about a clause, in a few quiet words beside it. */
export const CLAUSE_STATUS_LABELS: Record<ClauseStatus, { label: string; colour: string; explains: string }> = {
  enforced: {
    label: 'Enforced by Schoolgate',
    colour: 'teal.9',
    explains: 'Schoolgate applies this from the settings.',
  },
  recorded: {
    label: 'Recorded in Schoolgate',
    colour: 'blue.9',
    explains: 'People do this; Schoolgate keeps the record.',
  },
  guidance: { label: 'Guidance', colour: 'gray.8', explains: 'People follow this; Schoolgate does not check it.' },
};

function StatusMarker({ status }: { status: ClauseStatus }) {
  const { label, colour, explains } = CLAUSE_STATUS_LABELS[status];
  return (
    <Badge size="xs" variant="outline" color={colour} title={explains} style={{ alignSelf: 'flex-start' }}>
      {label}
    </Badge>
  );
}

function HistoryTable({ rows, id }: { rows: readonly VersionHistoryRowView[]; id: string }) {
  return (
    <Stack gap="xs" component="section" aria-labelledby={id} maw={760}>
      <Title order={3} id={id}>
        Version history
      </Title>
      <Table withTableBorder striped aria-labelledby={id}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Version</Table.Th>
            <Table.Th>Date</Table.Th>
            <Table.Th>Author or approved by</Table.Th>
            <Table.Th>Reason or summary of changes</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={`${row.imported ? 'imported' : 'schoolgate'}-${row.version}-${row.date}`}>
              <Table.Td>{row.version}</Table.Td>
              <Table.Td>{row.date ? formatIsoDate(row.date) : 'Not yet approved'}</Table.Td>
              <Table.Td>{row.author}</Table.Td>
              <Table.Td>{row.summary}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

/**
 * The policy's structured text as headings, paragraphs, lists and sub-headings, with bold and italic, a quiet marker
 * where a clause starts saying what Schoolgate does about it, and the version history at the end. Plain text only,
 * never injected HTML.
 */
export function PolicyDocumentView({ document, idPrefix }: PolicyDocumentViewProps) {
  return (
    <Stack gap="md" component="article" aria-labelledby={`${idPrefix}-title`}>
      <Title order={2} id={`${idPrefix}-title`}>
        {document.title}
      </Title>
      <Table variant="vertical" withTableBorder maw={720} aria-label="About this version">
        <Table.Tbody>
          {document.details.map((detail) => (
            <Table.Tr key={detail.label}>
              <Table.Th w={260}>{detail.label}</Table.Th>
              <Table.Td>{detail.value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {document.sections.map((section) => (
        <Stack gap="xs" key={section.id} component="section" aria-labelledby={`${idPrefix}-${section.id}`} maw={760}>
          <Title order={3} id={`${idPrefix}-${section.id}`}>
            {section.heading}
          </Title>
          {section.blocks.map((block, index) => {
            // The marker shows once, where a clause starts, not on every paragraph of it.
            const previous = section.blocks[index - 1];
            const startsClause =
              block.status &&
              (!block.clauseId || previous?.clauseId !== block.clauseId || previous?.status !== block.status);
            return (
              <Stack gap={4} key={index}>
                {startsClause && block.status ? <StatusMarker status={block.status} /> : null}
                <PolicyBlocks blocks={[block]} />
              </Stack>
            );
          })}
        </Stack>
      ))}
      {document.history && document.history.length > 0 ? (
        <HistoryTable rows={document.history} id={`${idPrefix}-version-history`} />
      ) : null}
    </Stack>
  );
}
