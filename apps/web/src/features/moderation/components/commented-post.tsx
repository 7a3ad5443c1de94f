import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import type { CommentDetail } from '@schoolgate/contracts';
import { lookup, PLATFORM_LABELS } from '../labels';

/**
 * The post a comment was left on, so a moderator reads the comment in its context. Its wording is known when the
 * platform sent it or Schoolgate could look it up; until then the page says so plainly.
 */
export function CommentedPost({ post, platform }: Pick<CommentDetail, 'post' | 'platform'>) {
  const text = post?.text ?? null;
  return (
    <Stack gap={6} component="section" aria-labelledby="commented-post-heading">
      <Title order={3} size="h5" id="commented-post-heading">
        The post it is on
      </Title>
      <Paper withBorder p="sm" bg="var(--mantine-color-gray-light)">
        {text ? (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} lineClamp={8}>
            {text}
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            {text === '' ? 'The post has no text.' : 'Post text not available'}
          </Text>
        )}
      </Paper>
      {post?.permalink ? (
        <Anchor href={post.permalink} target="_blank" rel="noopener noreferrer" size="sm">
          Open the post on {lookup(PLATFORM_LABELS, platform)} (opens in a new tab)
        </Anchor>
      ) : null}
    </Stack>
  );
}
