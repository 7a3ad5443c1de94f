// What needs this person now (GET /api/dashboard): each item says what, how many, and links to where to act; the
// head's overdue comments and unsigned staff are listed one by one, each with its own link.
import { Anchor, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { DashboardItem } from '@schoolgate/contracts';
import { Link } from 'react-router';
import { WordBadge, type BadgeColours } from '../../../components/word-badge';

const TONES: Record<DashboardItem['tone'], { words: string; colours: BadgeColours }> = {
  urgent: { words: 'Needs action now', colours: { bg: '#fff5f5', c: '#9b1c1c' } },
  due: { words: 'To do', colours: { bg: '#fff4e6', c: '#8a3c00' } },
  info: { words: 'For information', colours: { bg: '#e7f5ff', c: '#1c4f80' } },
};

export function DashboardItems({ items }: { items: readonly DashboardItem[] }) {
  if (items.length === 0) {
    return <Text role="status">Nothing needs you right now.</Text>;
  }
  return (
    <Stack gap="md">
      {items.map((item) => (
        <Paper key={item.key} withBorder p="md" radius="md" component="section" aria-labelledby={`todo-${item.key}`}>
          <Stack gap={6}>
            <WordBadge colours={TONES[item.tone].colours}>{TONES[item.tone].words}</WordBadge>
            <Title order={3} fz="md" id={`todo-${item.key}`}>
              {item.count !== null ? `${item.title}: ${item.count}` : item.title}
            </Title>
            {item.entries.length > 0 ? (
              <List spacing={4} size="sm">
                {item.entries.map((entry, index) => (
                  <List.Item key={`${entry.link}-${index}`}>
                    <Anchor component={Link} to={entry.link}>
                      {entry.label}
                    </Anchor>
                    {entry.detail ? <Text span c="dimmed" size="sm">{` (${entry.detail})`}</Text> : null}
                  </List.Item>
                ))}
              </List>
            ) : null}
            <Anchor component={Link} to={item.link} size="sm" fw={600}>
              {item.linkText}
            </Anchor>
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
