// The moderation queue's private messages (issue 10): conversations waiting for an answer, nearest deadline first.
import { Anchor, Card, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { CentredLoader } from '../../../components/centred-loader';
import { ErrorAlert } from '../../../components/error-alert';
import { PageHeader } from '../../../components/page-header';
import { useSession } from '../../../lib/session-context';
import { NoAccess } from '../../shell/components/no-access';
import { useConversations, type ConversationsView } from '../api/messages';
import { ConversationFlags, participantName } from '../components/conversation-flags';
import { ModerationSubnav } from '../components/moderation-subnav';
import { formatDeadline } from '../format-time';
import { canModerate } from '../moderation-permissions';

const PLATFORM = { facebook: 'Facebook', instagram: 'Instagram', x: 'X' } as const;

export function MessagesRoute() {
  const me = useSession();
  const allowed = canModerate(me, 'read:comment');
  const [view, setView] = useState<ConversationsView>('awaiting_response');
  const list = useConversations({ view, page: 1, pageSize: 100 }, allowed);
  if (!allowed) return <NoAccess title="Private messages" />;
  return (
    <>
      <PageHeader
        title="Private messages"
        description="What people have written privately to the school’s Facebook Page and Instagram account. Each one needs an answer by its deadline."
      />
      <ModerationSubnav />
      <Stack gap="md">
        <SegmentedControl
          aria-label="Which conversations"
          value={view}
          onChange={(v) => setView(v as ConversationsView)}
          data={[
            { value: 'awaiting_response', label: 'Awaiting an answer' },
            { value: 'all', label: 'All' },
          ]}
          w="fit-content"
        />
        <ErrorAlert error={list.error} title="The private messages could not be loaded" />
        {list.isPending ? <CentredLoader label="Loading private messages" /> : null}
        {list.data && list.data.items.length === 0 ? (
          <Text role="status">
            {view === 'awaiting_response' ? 'No private message is waiting for an answer.' : 'No private messages yet.'}
          </Text>
        ) : null}
        {list.data && list.data.items.length > 0 ? (
          <Card withBorder padding={0}>
            <Table striped highlightOnHover>
              <Table.Caption>
                {list.data.total} conversation{list.data.total === 1 ? '' : 's'}
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">From</Table.Th>
                  <Table.Th scope="col">Account</Table.Th>
                  <Table.Th scope="col">Last message</Table.Th>
                  <Table.Th scope="col">Flags</Table.Th>
                  <Table.Th scope="col">Answer by</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items.map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/moderation/messages/${c.id}`}>
                        {participantName(c)}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      {c.account.displayName} ({PLATFORM[c.platform]})
                    </Table.Td>
                    <Table.Td maw={420}>
                      <Text size="sm" lineClamp={2}>
                        {c.lastMessage}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <ConversationFlags flags={c.flags} />
                    </Table.Td>
                    <Table.Td>
                      {c.responseDueAt ? (
                        <Text size="sm" fw={c.overdue ? 700 : undefined} c={c.overdue ? 'red.9' : undefined}>
                          {c.overdue ? 'Overdue: was due ' : ''}
                          {formatDeadline(c.responseDueAt)}
                        </Text>
                      ) : (
                        <Text size="sm" c="dimmed">
                          {c.respondedAt ? `Answered ${formatDeadline(c.respondedAt)}` : 'Nothing waiting'}
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Card>
        ) : null}
      </Stack>
    </>
  );
}
