import { Table, Text } from '@mantine/core';
import type { ComplianceResponse } from '@schoolgate/contracts';
import { formatDate } from '../format-time';
import { WarningIcon } from './warning-icon';
import { ScrollTable } from '../../../components/scroll-table';

export function ComplianceTable({ weeks }: { weeks: ComplianceResponse['weeks'] }) {
  return (
    <ScrollTable label="Replies due each week, newest week last" minWidth={640}>
      <Table striped captionSide="top" verticalSpacing="xs">
        <Table.Caption style={{ textAlign: 'left' }}>Replies due each week, newest week last</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Week starting</Table.Th>
            <Table.Th scope="col" ta="right">
              Due
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Answered on time
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Answered late
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Still overdue
            </Table.Th>
            <Table.Th scope="col" ta="right">
              On time
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {weeks.map((week) => (
            <Table.Tr key={week.weekStarting}>
              <Table.Th scope="row" fw={500}>
                {formatDate(week.weekStarting)}
              </Table.Th>
              <Table.Td ta="right">{week.due}</Table.Td>
              <Table.Td ta="right">{week.answeredOnTime}</Table.Td>
              <Table.Td ta="right">{week.answeredLate}</Table.Td>
              <Table.Td ta="right">
                {week.openOverdue > 0 ? (
                  <Text
                    component="span"
                    c="red.9"
                    fw={700}
                    size="sm"
                    style={{ display: 'inline-flex', gap: 4, alignItems: 'center' }}
                  >
                    <WarningIcon size={14} />
                    {week.openOverdue}
                  </Text>
                ) : (
                  0
                )}
              </Table.Td>
              <Table.Td ta="right">
                {week.onTimeRate === null ? 'Nothing due' : `${Math.round(week.onTimeRate * 100)}%`}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
