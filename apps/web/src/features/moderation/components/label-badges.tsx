import { Badge, Group, Text } from '@mantine/core';
import { labelText } from '../labels';

interface LabelBadgesProps {
  labels: { category: string; target?: string; kind?: string }[];
}

/** The classifier's categories in plain words; "No concerns" rather than an empty cell. */
export function LabelBadges({ labels }: LabelBadgesProps) {
  if (labels.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No concerns found
      </Text>
    );
  }
  return (
    <Group gap={4}>
      {labels.map((label) => (
        <Badge
          key={`${label.category}-${label.target ?? ''}-${label.kind ?? ''}`}
          variant="outline"
          color="gray.8"
          c="gray.9"
          radius="sm"
          tt="none"
          fz="xs"
          fw={500}
          h="auto"
          py={2}
          // Long category names wrap inside the badge rather than spilling into the next column.
          styles={{ label: { overflow: 'visible', whiteSpace: 'normal', lineHeight: 1.35 } }}
        >
          {labelText(label)}
        </Badge>
      ))}
    </Group>
  );
}
