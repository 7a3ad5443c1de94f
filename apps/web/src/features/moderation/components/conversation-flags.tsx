import { Badge, Group } from '@mantine/core';

const FLAG_TEXT: Record<string, string> = {
  personal_data: 'Personal details',
  safeguarding: 'Possible safeguarding matter',
};

/** What the moderator is warned of, in words (not colour alone). */
export function ConversationFlags({ flags }: { flags: string[] }) {
  if (flags.length === 0) return null;
  return (
    <Group gap={4}>
      {flags.map((flag) => (
        <Badge
          key={flag}
          variant="outline"
          color={flag === 'safeguarding' ? 'red.9' : 'gray.8'}
          c={flag === 'safeguarding' ? 'red.9' : 'gray.9'}
          tt="none"
          h="auto"
          styles={{ label: { whiteSpace: 'normal', overflow: 'visible' } }}
        >
          {FLAG_TEXT[flag] ?? flag}
        </Badge>
      ))}
    </Group>
  );
}

const PLATFORM_NAME = { facebook: 'Facebook', instagram: 'Instagram', x: 'X' } as const;

/** Meta's messaging webhooks carry the sender's id but not their name. */
export function participantName(c: { participant: { name: string | null }; platform: keyof typeof PLATFORM_NAME }) {
  return c.participant.name ?? `Someone on ${PLATFORM_NAME[c.platform]}`;
}
