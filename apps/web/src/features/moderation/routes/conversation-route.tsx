// One private conversation (issue 10): the thread, its flags and deadline, and the answer box for the account's
// runners and the head. Nothing here hides a message: a private message cannot be hidden.
import { Alert, Anchor, Button, Card, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { CentredLoader } from '../../../components/centred-loader';
import { ErrorAlert } from '../../../components/error-alert';
import { PageHeader } from '../../../components/page-header';
import { useSession } from '../../../lib/session-context';
import { NoAccess } from '../../shell/components/no-access';
import { useConversation, useConversationReply, useMarkConversationAnswered } from '../api/messages';
import { ConversationFlags, participantName } from '../components/conversation-flags';
import { formatDeadline } from '../format-time';
import { canModerate } from '../moderation-permissions';

export function ConversationRoute() {
  const me = useSession();
  const { id = '' } = useParams();
  if (!canModerate(me, 'read:comment')) return <NoAccess title="Private message" />;
  return <ConversationPage id={id} />;
}

function ConversationPage({ id }: { id: string }) {
  const conversation = useConversation(id);
  const reply = useConversationReply(id);
  const answered = useMarkConversationAnswered(id);
  const [text, setText] = useState('');
  const [outcome, setOutcome] = useState<{ sent: boolean; message: string } | null>(null);
  if (conversation.isPending) return <CentredLoader label="Loading the conversation" />;
  if (!conversation.data) return <ErrorAlert error={conversation.error} title="The conversation could not be loaded" />;
  const c = conversation.data;
  const who = participantName(c);
  return (
    <>
      <PageHeader
        title={`Private message from ${who}`}
        description={`Written privately to ${c.account.displayName}. Only the people in the conversation can see it.`}
      />
      <Stack gap="md">
        <Anchor component={Link} to="/moderation/messages">
          Back to private messages
        </Anchor>
        <Group gap="md">
          <ConversationFlags flags={c.flags} />
          <Text size="sm" fw={c.overdue ? 700 : undefined} c={c.overdue ? 'red.9' : undefined}>
            {c.responseDueAt
              ? `${c.overdue ? 'Overdue: was due' : 'Answer by'} ${formatDeadline(c.responseDueAt)}`
              : c.respondedAt
                ? `Answered ${formatDeadline(c.respondedAt)}`
                : 'Nothing waiting for an answer'}
          </Text>
        </Group>
        {c.flags.includes('safeguarding') ? (
          <Alert color="red" title="This may be a safeguarding matter">
            The designated safeguarding lead has been told. Decide with them whether to raise a concern.
          </Alert>
        ) : null}
        {c.flags.includes('personal_data') ? (
          <Alert color="orange" title="Personal details">
            A message holds personal details (such as a phone number). Do not repeat them in public.
          </Alert>
        ) : null}
        <Card withBorder padding="lg">
          <Title order={2} size="h3" mb="sm">
            Conversation
          </Title>
          <Stack gap="sm" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {c.messages.map((m) => (
              <Paper
                key={m.id}
                component="li"
                withBorder
                p="sm"
                bg={m.direction === 'out' ? 'blue.0' : undefined}
                ml={m.direction === 'out' ? 'xl' : 0}
                mr={m.direction === 'in' ? 'xl' : 0}
              >
                <Text size="xs" c="dimmed">
                  {m.direction === 'in' ? who : `The school${m.sentBy ? ` (${m.sentBy})` : ''}`},{' '}
                  {formatDeadline(m.sentAt)}
                </Text>
                <Text style={{ whiteSpace: 'pre-wrap' }}>{m.text}</Text>
              </Paper>
            ))}
          </Stack>
        </Card>
        {c.canReply ? (
          <Card withBorder padding="lg">
            <form
              onSubmit={(e) => {
                e.preventDefault();
                setOutcome(null);
                reply.mutate(text, {
                  onSuccess: (result) => {
                    setOutcome({ sent: result.outcome === 'sent', message: result.message });
                    if (result.outcome === 'sent') setText('');
                  },
                });
              }}
            >
              <Stack gap="sm">
                {c.replyNote ? <Text size="sm">{c.replyNote}</Text> : null}
                <Textarea
                  label="Your answer"
                  description={`Sent privately to ${who} as ${c.account.displayName}.`}
                  value={text}
                  onChange={(e) => setText(e.currentTarget.value)}
                  rows={4}
                  maxLength={2000}
                  required
                />
                <ErrorAlert error={reply.error ?? answered.error} title="Not sent" />
                {outcome ? (
                  <Alert
                    role="status"
                    color={outcome.sent ? 'green' : 'orange'}
                    title={outcome.sent ? 'Sent' : 'Not sent'}
                  >
                    {outcome.message}
                  </Alert>
                ) : null}
                <Group>
                  <Button type="submit" loading={reply.isPending} disabled={text.trim() === ''}>
                    Send answer
                  </Button>
                  {c.responseDueAt ? (
                    <Button variant="default" loading={answered.isPending} onClick={() => answered.mutate()}>
                      Mark as answered
                    </Button>
                  ) : null}
                </Group>
              </Stack>
            </form>
          </Card>
        ) : (
          <Text size="sm">Only the account’s runners and the headteacher can answer this conversation.</Text>
        )}
      </Stack>
    </>
  );
}
