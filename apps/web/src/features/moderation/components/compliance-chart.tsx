import { Group, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import type { ComplianceResponse } from '@schoolgate/contracts';
import { formatDate } from '../format-time';

type Week = ComplianceResponse['weeks'][number];

// Still overdue is also striped, so it stands apart from "late" without relying on the shade of red.
// Each colour has at least 3:1 contrast against white (WCAG 1.4.11); the white gap between segments keeps
// neighbours apart, and the table beside the chart carries every number in words.
const SERIES = [
  { key: 'onTime', label: 'Answered on time', colour: '#2b8a3e', hatched: false },
  { key: 'late', label: 'Answered late', colour: '#c2410c', hatched: false },
  { key: 'overdue', label: 'Still overdue', colour: '#7f1d1d', hatched: true },
  { key: 'open', label: 'Not yet due', colour: '#6b7280', hatched: false },
] as const;

function segments(week: Week) {
  const open = Math.max(0, week.due - week.answeredOnTime - week.answeredLate - week.openOverdue);
  return { onTime: week.answeredOnTime, late: week.answeredLate, overdue: week.openOverdue, open };
}

const BAR_WIDTH = 44;
const GAP = 28;
const HEIGHT = 200;
const TOP = 24;
const BOTTOM = 36;

/** A stacked bar per week drawn in plain SVG (no chart library): the on-time rate is written above each bar. */
function Hatch({ id, colour }: { id: string; colour: string }) {
  return (
    <pattern id={id} patternUnits="userSpaceOnUse" width={6} height={6} patternTransform="rotate(45)">
      <rect width={6} height={6} fill={colour} />
      <line x1={0} y1={0} x2={0} y2={6} stroke="#fff" strokeWidth={2} />
    </pattern>
  );
}

export function ComplianceChart({ weeks }: { weeks: Week[] }) {
  const hatchId = `hatch-${useId().replace(/:/g, '')}`;
  const fillOf = (series: (typeof SERIES)[number]) => (series.hatched ? `url(#${hatchId})` : series.colour);
  const most = Math.max(1, ...weeks.map((w) => w.due));
  const width = weeks.length * (BAR_WIDTH + GAP) + GAP;
  const scale = (n: number) => (n / most) * HEIGHT;
  const summary = weeks
    .map(
      (w) =>
        `week of ${formatDate(w.weekStarting)}: ${w.due} due, ${w.onTimeRate === null ? 'nothing due' : `${Math.round(w.onTimeRate * 100)}% on time`}`,
    )
    .join('; ');
  return (
    <Stack gap="xs">
      <svg
        role="img"
        aria-label={`Replies due each week and how many were on time. ${summary}. The table below gives every figure.`}
        viewBox={`0 0 ${width} ${HEIGHT + TOP + BOTTOM}`}
        width="100%"
        style={{ maxWidth: width, height: 'auto' }}
      >
        <defs>
          <Hatch id={hatchId} colour={SERIES[2].colour} />
        </defs>
        <line x1={0} x2={width} y1={TOP + HEIGHT} y2={TOP + HEIGHT} stroke="#495057" />
        {weeks.map((week, index) => {
          const x = GAP + index * (BAR_WIDTH + GAP);
          const parts = segments(week);
          let y = TOP + HEIGHT;
          return (
            <g key={week.weekStarting}>
              {SERIES.map((series) => {
                const h = scale(parts[series.key]);
                if (h <= 0) return null;
                y -= h;
                return (
                  <rect
                    key={series.key}
                    x={x}
                    y={y}
                    width={BAR_WIDTH}
                    height={h}
                    fill={fillOf(series)}
                    stroke="#fff"
                    strokeWidth={1.5}
                  />
                );
              })}
              <text x={x + BAR_WIDTH / 2} y={y - 6} textAnchor="middle" fontSize={12} fill="#212529">
                {week.onTimeRate === null ? '–' : `${Math.round(week.onTimeRate * 100)}%`}
              </text>
              <text x={x + BAR_WIDTH / 2} y={TOP + HEIGHT + 20} textAnchor="middle" fontSize={11} fill="#212529">
                {formatDate(week.weekStarting).replace(/ \d{4}$/, '')}
              </text>
            </g>
          );
        })}
      </svg>
      <Group gap="md" aria-hidden="true">
        {SERIES.map((series) => (
          <Group gap={6} key={series.key}>
            <svg width={14} height={14}>
              {series.hatched ? (
                <defs>
                  <Hatch id={`${hatchId}-key`} colour={series.colour} />
                </defs>
              ) : null}
              <rect width={14} height={14} fill={series.hatched ? `url(#${hatchId}-key)` : series.colour} />
            </svg>
            <Text size="sm">{series.label}</Text>
          </Group>
        ))}
      </Group>
    </Stack>
  );
}
