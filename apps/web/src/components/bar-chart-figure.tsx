// A bar chart (Mantine's charts, drawn by Recharts) with its numbers in a table beneath. The picture is hidden from
// screen readers, which read the table instead: a chart drawn in SVG says nothing useful aloud, and the table
// holds every figure the bars show, so nobody depends on telling colours or heights apart.
import { BarChart, type BarChartSeries } from '@mantine/charts';
import { Stack, Table, Text } from '@mantine/core';
import { ScrollTable } from './scroll-table';

export interface ChartRow {
  /** What the row is (a month, a category). */
  label: string;
  values: Record<string, number>;
}

export interface BarChartFigureProps {
  /** The table's caption, which also names the chart. */
  caption: string;
  /** The heading of the first column. */
  rowHeading: string;
  rows: readonly ChartRow[];
  series: ReadonlyArray<BarChartSeries & { label: string }>;
  stacked?: boolean;
  /** Bars running across the page, for long labels (categories). */
  horizontal?: boolean;
  /** Shown instead of the chart when every value is nought (nothing when empty). */
  emptyText?: string;
}

export function BarChartFigure({
  caption,
  rowHeading,
  rows,
  series,
  stacked = false,
  horizontal = false,
  emptyText = 'Nothing to show for this period.',
}: BarChartFigureProps) {
  const data = rows.map((row) => ({ label: row.label, ...row.values }));
  const empty = rows.every((row) => Object.values(row.values).every((v) => v === 0));
  return (
    <Stack gap="xs">
      {empty ? (
        emptyText ? (
          <Text c="dimmed">{emptyText}</Text>
        ) : null
      ) : (
        // Hidden from screen readers and out of the tab order (inert): the table below reads out every number.
        <div aria-hidden="true" inert>
          <BarChart
            h={horizontal ? Math.max(160, rows.length * 34) : 260}
            data={data}
            dataKey="label"
            series={series.map(({ name, color, label }) => ({ name, color, label }))}
            type={stacked ? 'stacked' : 'default'}
            orientation={horizontal ? 'vertical' : 'horizontal'}
            withLegend={series.length > 1}
            legendProps={{ verticalAlign: 'bottom' }}
            yAxisProps={horizontal ? { width: 170, allowDecimals: false, interval: 0 } : { allowDecimals: false }}
            xAxisProps={horizontal ? { allowDecimals: false } : undefined}
            tooltipAnimationDuration={0}
            barProps={{ isAnimationActive: false }}
          />
        </div>
      )}
      {rows.length === 0 ? null : (
        <ScrollTable label={caption} minWidth={360}>
          <Table striped captionSide="top" verticalSpacing={4}>
            <Table.Caption style={{ textAlign: 'left' }}>{caption}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{rowHeading}</Table.Th>
                {series.map((s) => (
                  <Table.Th key={s.name} scope="col" ta="right">
                    {s.label}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.label}>
                  <Table.Th scope="row" fw={500}>
                    {row.label}
                  </Table.Th>
                  {series.map((s) => (
                    <Table.Td key={s.name} ta="right">
                      {row.values[s.name] ?? 0}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </Stack>
  );
}
