import { Group, Text } from '@mantine/core';
import { WordBadge } from '../../../components/word-badge';

interface AuthorNameProps {
  author: { name: string | null; handle: string | null; isPress: boolean };
}

export function authorDisplayName(author: { name: string | null; handle: string | null }): string {
  return author.name ?? (author.handle ? `@${author.handle}` : 'Unknown author');
}

/** The author's name, their handle underneath, and "Press" when the school has marked them as a journalist. */
export function AuthorName({ author }: AuthorNameProps) {
  return (
    <div>
      <Group gap={4} wrap="nowrap">
        <Text size="sm" fw={500}>
          {authorDisplayName(author)}
        </Text>
        {author.isPress ? <WordBadge colours={{ bg: 'violet.0', c: 'violet.9' }}>Press</WordBadge> : null}
      </Group>
      {author.name && author.handle ? (
        <Text size="xs" c="dimmed">
          @{author.handle}
        </Text>
      ) : null}
    </div>
  );
}
