// Replies due each week against the policy's deadline, newest week last; a week with replies still overdue stands
// out in red with a warning sign, not by colour alone.
import { Text } from '@mantine/core';
import type { ComplianceResponse } from '@schoolgate/contracts';
import { FiguresTable, type FiguresColumn } from '../../../components/figures-table';
import { formatDate } from '../format-time';
import { WarningIcon } from './warning-icon';

type Week = ComplianceResponse['weeks'][number];

const COLUMNS: readonly FiguresColumn<Week>[] = [
  { header: 'Due', cell: (week) => week.due },
  { header: 'Answered on time', cell: (week) => week.answeredOnTime },
  { header: 'Answered late', cell: (week) => week.answeredLate },
  {
    header: 'Still overdue',
    cell: (week) =>
      week.openOverdue > 0 ? (
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
      ),
  },
  {
    header: 'On time',
    cell: (week) => (week.onTimeRate === null ? 'Nothing due' : `${Math.round(week.onTimeRate * 100)}%`),
  },
];

export function ComplianceTable({ weeks }: { weeks: ComplianceResponse['weeks'] }) {
  return (
    <FiguresTable
      caption="Replies due each week, newest week last"
      rows={weeks}
      rowKey={(week) => week.weekStarting}
      rowHeader={{ header: 'Week starting', cell: (week) => formatDate(week.weekStarting) }}
      columns={COLUMNS}
      minWidth={640}
    />
  );
}
