import { BarChart } from '@mantine/charts';
import type { ComplianceResponse } from '@schoolgate/contracts';
import { formatDate } from '../format-time';

type Week = ComplianceResponse['weeks'][number];

// Each colour has at least 3:1 contrast against white (WCAG 1.4.11); the table beside the chart carries every number
// in words, so the chart itself is hidden from screen readers.
const SERIES = [
  { name: 'onTime', label: 'Answered on time', color: '#2b8a3e' },
  { name: 'late', label: 'Answered late', color: '#c2410c' },
  { name: 'overdue', label: 'Still overdue', color: '#7f1d1d' },
  { name: 'open', label: 'Not yet due', color: '#6b7280' },
];

/** A stacked bar per week (Mantine's charts): on time, late, still overdue and not yet due. */
export function ComplianceChart({ weeks }: { weeks: Week[] }) {
  const data = weeks.map((week) => ({
    week: formatDate(week.weekStarting).replace(/ \d{4}$/, ''),
    onTime: week.answeredOnTime,
    late: week.answeredLate,
    overdue: week.openOverdue,
    open: Math.max(0, week.due - week.answeredOnTime - week.answeredLate - week.openOverdue),
  }));
  return (
    <div aria-hidden="true" inert>
      <BarChart
        h={260}
        data={data}
        dataKey="week"
        type="stacked"
        series={SERIES}
        withLegend
        legendProps={{ verticalAlign: 'bottom' }}
        yAxisProps={{ allowDecimals: false }}
        barProps={{ isAnimationActive: false }}
      />
    </div>
  );
}
