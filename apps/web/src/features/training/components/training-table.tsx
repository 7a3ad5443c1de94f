import { Button, Table, Text } from '@mantine/core';
import type { TrainingOverviewItem } from '@schoolgate/contracts';
import { roleLabel } from '../../../lib/roles';
import { KIND_LABELS } from './kind-labels';
import { TrainingCell } from './training-cell';
import { TrainingStatusBadge } from './training-status-badge';
import { ScrollTable } from '../../../components/scroll-table';

interface TrainingTableProps {
  items: TrainingOverviewItem[];
  caption: string;
  canRecord: boolean;
  onRecord: (item: TrainingOverviewItem) => void;
}

const KINDS = ['induction', 'refresher', 'dsl'] as const;

export function TrainingTable({ items, caption, canRecord, onRecord }: TrainingTableProps) {
  return (
    <ScrollTable label={caption} minWidth={820}>
      <Table striped verticalSpacing="sm" captionSide="top">
        <Table.Caption style={{ textAlign: 'left' }}>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Name</Table.Th>
            <Table.Th scope="col">Overall</Table.Th>
            {KINDS.map((kind) => (
              <Table.Th scope="col" key={kind}>
                {KIND_LABELS[kind]}
              </Table.Th>
            ))}
            {canRecord ? <Table.Th scope="col">Actions</Table.Th> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.staffId} id={`training-${item.staffId}`}>
              <Table.Th scope="row" fw={600}>
                {item.name}
                <Text size="xs" c="dimmed">
                  {roleLabel(item.role)}
                </Text>
              </Table.Th>
              <Table.Td>
                <TrainingStatusBadge status={item.status} />
                {item.required ? null : (
                  <Text size="xs" c="dimmed">
                    Policy training not required
                  </Text>
                )}
              </Table.Td>
              {KINDS.map((kind) => (
                <Table.Td key={kind}>
                  <TrainingCell summary={item.kinds[kind]} label={`${KIND_LABELS[kind]}, ${item.name}`} />
                </Table.Td>
              ))}
              {canRecord ? (
                <Table.Td>
                  <Button
                    size="xs"
                    variant="default"
                    onClick={() => onRecord(item)}
                    aria-label={`Record training for ${item.name}`}
                  >
                    Record training
                  </Button>
                </Table.Td>
              ) : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
