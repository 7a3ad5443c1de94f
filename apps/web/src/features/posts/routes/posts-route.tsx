// Posts (issue 11): the school's drafts and published posts, the editor with its checks, approval and publishing,
// take-down tasks when consent is withdrawn, the head's pause switch, and staff suggestions (`?view=` opens a tab).
// Someone whose role reaches posts but who runs none of the school's accounts (and is not the head or a senior
// leader) cannot draft, approve or take down (the server refuses): they see only what they can use, suggesting a
// post and what became of their suggestions, with a line saying how posting works for them.
import { Alert, Button, Group, Stack, Table, Tabs, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { CentredLoader } from '../../../components/centred-loader';
import { ErrorAlert } from '../../../components/error-alert';
import { PageHeader } from '../../../components/page-header';
import { can } from '../../../lib/permissions';
import { useSession } from '../../../lib/session-context';
import { NoAccess } from '../../shell/components/no-access';
import { useCompleteTakedown, usePause, usePost, useSetPause, useTakedowns } from '../api/posts';
import { PostEditor } from '../components/post-editor';
import { PostPanel } from '../components/post-panel';
import { PostsList } from '../components/posts-list';
import { platformName, TakedownActions } from '../components/takedown-actions';
import { SuggestPostForm } from '../components/suggest-post-form';
import { SuggestionsList } from '../components/suggestions-list';
import { useSuggestions } from '../api/post-suggestions';

function PauseSwitch({ mayChange }: { mayChange: boolean }) {
  const pause = usePause();
  const set = useSetPause();
  const [reason, setReason] = useState('');
  // Only the head changes it; everyone else sees it only while publishing is paused (no empty box otherwise).
  if (!pause.data || (!pause.data.paused && !mayChange)) return null;
  return (
    <Stack gap="xs" mb="md">
      {pause.data.paused ? (
        <Alert color="orange" title="Publishing is paused" role="status">
          Nothing is published until the head resumes it. Reason: {pause.data.reason}
        </Alert>
      ) : null}
      {mayChange ? (
        <Group align="flex-end">
          {pause.data.paused ? (
            <Button variant="light" onClick={() => set.mutate({ paused: false, reason: '' })}>
              Resume publishing
            </Button>
          ) : (
            <>
              <TextInput label="Reason for pausing" value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
              <Button color="orange" variant="light" onClick={() => set.mutate({ paused: true, reason })}>
                Pause all publishing
              </Button>
            </>
          )}
        </Group>
      ) : null}
      <ErrorAlert error={set.error} />
    </Stack>
  );
}

function Takedowns() {
  const list = useTakedowns();
  const done = useCompleteTakedown();
  const [notes, setNotes] = useState<Record<string, string>>({});
  if (list.isPending) return <CentredLoader label="Loading take-downs" />;
  const items = list.data?.items ?? [];
  if (items.length === 0) return <Text>No published post needs taking down.</Text>;
  return (
    <Table aria-label="Posts to take down">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Post</Table.Th>
          <Table.Th>Why</Table.Th>
          <Table.Th>What was done</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((t) => (
          <Table.Tr key={t.id}>
            <Table.Td>
              {platformName(t.platform)}: {t.postText.slice(0, 80)}
            </Table.Td>
            <Table.Td>
              {t.because}: {t.pupilName}
            </Table.Td>
            <Table.Td>
              {t.status === 'done' ? (
                t.steps.map((s) => <Text key={s.at}>{s.note}</Text>)
              ) : (
                <Stack gap="xs">
                  <TakedownActions task={t} />
                  <Group align="flex-end">
                    <TextInput
                      label="What you did"
                      value={notes[t.id] ?? ''}
                      onChange={(e) => setNotes({ ...notes, [t.id]: e.currentTarget.value })}
                    />
                    <Button variant="light" onClick={() => done.mutate({ id: t.id, note: notes[t.id] ?? '' })}>
                      Record as taken down
                    </Button>
                  </Group>
                </Stack>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Where the page starts: the tab named in `?view=` if this person has it, else their first tab. */
const startingTab = (view: string | null, posts: boolean) =>
  view && (posts || view === 'suggest' || view === 'suggestions') ? view : posts ? 'posts' : 'suggest';

export function PostsRoute() {
  const me = useSession();
  const [params] = useSearchParams();
  const roleReachesPosts = can(me, 'read:post');
  // The suggestions list says whether this person decides suggestions: the head, senior leaders and the accounts'
  // runners, the same people who draft and approve posts. If it cannot be read, the role decides (the server checks).
  const suggestions = useSuggestions(1, roleReachesPosts && can(me, 'read:post_suggestion'));
  const runsPosts = roleReachesPosts && (suggestions.data?.decides ?? suggestions.isError);
  const [chosenTab, setTab] = useState<string | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const open = usePost(openId);
  if (!roleReachesPosts && !can(me, 'read:post_suggestion')) return <NoAccess title="Posts" />;
  if (roleReachesPosts && suggestions.isPending) return <CentredLoader label="Loading posts" />;
  const tab = chosenTab ?? startingTab(params.get('view'), runsPosts);
  const opened = (saved: { id: string }) => {
    setOpenId(saved.id);
    setTab('posts');
  };
  return (
    <>
      <PageHeader
        title="Posts"
        description={
          runsPosts
            ? 'Draft posts for the school’s accounts, check them against the policy, approve and publish them.'
            : 'You do not run any of the school’s accounts, so you suggest posts instead: the head and the accounts’ runners decide, and you see what became of each suggestion here.'
        }
      />
      {runsPosts ? <PauseSwitch mayChange={can(me, 'update:publishing')} /> : null}
      <Tabs value={tab} onChange={setTab}>
        <Tabs.List mb="md">
          {runsPosts ? <Tabs.Tab value="posts">Posts</Tabs.Tab> : null}
          {runsPosts && can(me, 'create:post') ? <Tabs.Tab value="new">New post</Tabs.Tab> : null}
          {can(me, 'create:post_suggestion') ? <Tabs.Tab value="suggest">Suggest a post</Tabs.Tab> : null}
          {can(me, 'read:post_suggestion') ? (
            <Tabs.Tab value="suggestions">{runsPosts ? 'Suggestions' : 'Your suggestions'}</Tabs.Tab>
          ) : null}
          {runsPosts ? <Tabs.Tab value="takedowns">Take-downs</Tabs.Tab> : null}
        </Tabs.List>
        <Tabs.Panel value="posts">
          <Stack gap="md">
            {runsPosts ? <PostsList onOpen={setOpenId} /> : null}
            <ErrorAlert error={open.error} />
            {open.data ? <PostPanel post={open.data} /> : null}
          </Stack>
        </Tabs.Panel>
        {runsPosts ? (
          <Tabs.Panel value="new">
            <PostEditor post={null} onSaved={opened} />
          </Tabs.Panel>
        ) : null}
        <Tabs.Panel value="suggest">
          <SuggestPostForm onSent={() => setTab('suggestions')} />
        </Tabs.Panel>
        <Tabs.Panel value="suggestions">
          <SuggestionsList onDrafted={opened} />
        </Tabs.Panel>
        {runsPosts ? (
          <Tabs.Panel value="takedowns">
            <Takedowns />
          </Tabs.Panel>
        ) : null}
      </Tabs>
    </>
  );
}
