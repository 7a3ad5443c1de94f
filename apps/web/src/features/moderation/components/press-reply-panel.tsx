import { Alert, Button, Stack, Text } from '@mantine/core';
import type { CommentDetail } from '@schoolgate/contracts';
import { formatLondonDateTime } from '../../../lib/format';

interface PressReplyPanelProps {
  reply: NonNullable<CommentDetail['pendingPressReply']>;
  canApprove: boolean;
  pending: boolean;
  onApprove: () => void;
}

/** 004: nothing goes to a journalist before the head has read and approved it. */
export function PressReplyPanel({ reply, canApprove, pending, onApprove }: PressReplyPanelProps) {
  return (
    <Alert
      color="violet"
      variant="light"
      title="Reply waiting for the head's approval"
      role="region"
      aria-label="Reply waiting for approval"
    >
      <Stack gap="sm">
        <Text size="sm">
          This author is marked as press, so the reply below has not been sent. Proposed
          {reply.proposedBy ? ` by ${reply.proposedBy}` : ''} on {formatLondonDateTime(reply.at)}.
        </Text>
        <Text size="sm" p="sm" bg="white" style={{ whiteSpace: 'pre-wrap', borderRadius: 4 }}>
          {reply.text}
        </Text>
        {canApprove ? (
          <div>
            <Button color="violet.9" loading={pending} onClick={onApprove}>
              Approve and send
            </Button>
          </div>
        ) : (
          <Text size="sm">The headteacher will be asked to approve it before it is sent.</Text>
        )}
      </Stack>
    </Alert>
  );
}
