import { Anchor, Blockquote, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { CommentDetail } from '@schoolgate/contracts';
import { Link } from 'react-router';
import { formatLondonDateTime } from '../../../lib/format';
import { DECISION_LABELS, decisionReasonText, lookup, PLATFORM_LABELS } from '../labels';
import { AuthorName } from './author-name';
import { CommentedPost } from './commented-post';
import { DeadlineText } from './deadline-text';
import { PlatformStateBadge } from './platform-state-badge';
import { SeverityBadge } from './severity-badge';

function Fact({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div>
      <Text component="dt" size="sm" c="dimmed">
        {term}
      </Text>
      <Text component="dd" size="sm" m={0}>
        {children}
      </Text>
    </div>
  );
}

/** The comment itself and the facts a moderator needs before acting on it. */
export function CommentOverview({ comment }: { comment: CommentDetail }) {
  return (
    <Card withBorder padding="lg">
      <Stack gap="md">
        <Title order={2} size="h3">
          The comment
        </Title>
        <Blockquote color="gray" p="md" style={{ whiteSpace: 'pre-wrap' }}>
          {comment.text}
        </Blockquote>
        <CommentedPost post={comment.post} platform={comment.platform} />
        <SimpleGrid component="dl" cols={{ base: 1, sm: 2, md: 3 }} spacing="md" m={0}>
          <Fact term="Author">
            <AuthorName author={comment.author} />
            <Anchor component={Link} to={`/moderation/authors/${comment.author.id}`} size="sm">
              Author&apos;s history and next steps
            </Anchor>
          </Fact>
          <Fact term="Account">
            {comment.account.displayName} ({lookup(PLATFORM_LABELS, comment.platform)})
          </Fact>
          <Fact term="Posted">{formatLondonDateTime(comment.postedAt)}</Fact>
          <Fact term="Received by Schoolgate">{formatLondonDateTime(comment.receivedAt)}</Fact>
          <Fact term="On the platform">
            <PlatformStateBadge state={comment.platformState} />
          </Fact>
          <Fact term="Severity">
            <SeverityBadge severity={comment.severity} />
          </Fact>
          <Fact term="What the school's settings decided">
            <Group gap={4}>
              <Text size="sm" fw={600}>
                {lookup(DECISION_LABELS, comment.decision)}
              </Text>
            </Group>
            {comment.decisionReason ? (
              <Text size="sm" c="dimmed">
                Because: {decisionReasonText(comment.decisionReason)}
              </Text>
            ) : null}
          </Fact>
          <Fact term="Response">
            <DeadlineText {...comment} />
          </Fact>
        </SimpleGrid>
      </Stack>
    </Card>
  );
}
