import { Box, Group } from '@mantine/core';
import { WordBadge } from '../../../components/word-badge';

// Severity runs from 0 to 1 (the strongest label times how much harm its category can do). The bands are for
// reading, not deciding: the queue is already sorted by the number itself.
const BANDS = [
  { min: 0.75, label: 'Serious', bar: 'red.8', bg: 'red.0', c: 'red.9' },
  { min: 0.45, label: 'Medium', bar: 'orange.7', bg: 'orange.0', c: '#8a3a00' },
  { min: 0.01, label: 'Low', bar: 'yellow.6', bg: 'yellow.0', c: '#6b4e00' },
  { min: 0, label: 'None', bar: 'gray.4', bg: 'gray.1', c: 'gray.9' },
] as const;

export function severityBand(severity: number) {
  return BANDS.find((band) => severity >= band.min) ?? BANDS[BANDS.length - 1]!;
}

/** A coloured bar and the band in words, so colour is never the only signal (WCAG 1.4.1). */
export function SeverityBadge({ severity }: { severity: number }) {
  const band = severityBand(severity);
  return (
    <Group gap={6} wrap="nowrap">
      <Box w={6} h={28} bg={band.bar} style={{ borderRadius: 3 }} aria-hidden="true" />
      <WordBadge colours={band} title={`Severity ${severity.toFixed(2)} of 1`}>
        {band.label}
      </WordBadge>
    </Group>
  );
}
