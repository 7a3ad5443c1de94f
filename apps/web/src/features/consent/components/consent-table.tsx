import { Anchor, Table, Text } from '@mantine/core';
import { CONSENT_USE_VALUES, type ConsentRegisterRow } from '@schoolgate/contracts';
import { StatusBadge } from '../../people/components/status-badge';
import { yearGroupLabel } from '../../people/year-groups';
import { USE_LABELS } from '../consent-labels';
import { ConsentBadge } from './consent-badge';
import { ScrollTable } from '../../../components/scroll-table';

interface ConsentTableProps {
  rows: ConsentRegisterRow[];
  caption: string;
  onOpen: (pupilId: string) => void;
}

/** The register: one row per pupil, one column per use, and the do-not-publish flag (never its reason). */
export function ConsentTable({ rows, caption, onOpen }: ConsentTableProps) {
  return (
    <ScrollTable label={caption} minWidth={980}>
      <Table striped highlightOnHover verticalSpacing="sm" captionSide="top" aria-label="Consent register">
        <Table.Caption style={{ textAlign: 'left' }}>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Pupil</Table.Th>
            <Table.Th scope="col">Year and class</Table.Th>
            {CONSENT_USE_VALUES.map((use) => (
              <Table.Th scope="col" key={use}>
                {USE_LABELS[use]}
              </Table.Th>
            ))}
            <Table.Th scope="col">Publishing</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.pupilId}>
              <Table.Th scope="row" fw={600}>
                <Anchor component="button" type="button" fw={600} onClick={() => onOpen(row.pupilId)}>
                  {row.firstName} {row.lastName}
                </Anchor>
                {row.preferredName ? (
                  <Text size="xs" c="dimmed" fw={400}>
                    Known as {row.preferredName}
                  </Text>
                ) : null}
              </Table.Th>
              <Table.Td>
                {yearGroupLabel(row.yearGroup)}
                {row.className ? `, ${row.className}` : ''}
              </Table.Td>
              {CONSENT_USE_VALUES.map((use) => (
                <Table.Td key={use}>
                  <ConsentBadge status={row.uses[use]?.status ?? 'not_recorded'} />
                </Table.Td>
              ))}
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {row.doNotPublish ? <StatusBadge kind="doNotPublish" /> : '–'}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
