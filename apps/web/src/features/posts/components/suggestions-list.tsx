// Suggestions (issue 11): for the head and the runners, what staff have suggested, to make into a draft (the post
// editor, pre-filled) or decline with a reason; for the person who suggested, what became of theirs. Newest first, a
// page at a time.
import { Badge, Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import type { PostDetail, PostSuggestionDto } from '@schoolgate/contracts';
import { POST_CATEGORY_LABELS, type PostCategory } from '@schoolgate/domain/shared';
import { useState } from 'react';
import { CentredLoader } from '../../../components/centred-loader';
import { ErrorAlert } from '../../../components/error-alert';
import { Pager } from '../../../components/pager';
import { useDeclineSuggestion, useSuggestions } from '../api/post-suggestions';
import { LIST_PAGE_SIZE } from '../api/posts';
import { PostEditor } from './post-editor';

const STATUS: Record<PostSuggestionDto['status'], { label: string; color: string }> = {
  open: { label: 'Waiting', color: 'blue' },
  drafted: { label: 'Made a draft', color: 'green' },
  declined: { label: 'Declined', color: 'gray' },
};
const when = (iso: string) => new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

function Decline({ suggestion, onDone }: { suggestion: PostSuggestionDto; onDone: () => void }) {
  const decline = useDeclineSuggestion();
  const [reason, setReason] = useState('');
  return (
    <Stack gap="xs">
      <Textarea
        label="Why not (the colleague who suggested it reads this)"
        autosize
        minRows={2}
        maxLength={500}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
      />
      <ErrorAlert error={decline.error} title="It was not declined" />
      <Group>
        <Button
          color="gray"
          loading={decline.isPending}
          onClick={() => decline.mutate({ id: suggestion.id, reason }, { onSuccess: onDone })}
        >
          Decline the suggestion
        </Button>
        <Button variant="default" onClick={onDone}>
          Cancel
        </Button>
      </Group>
    </Stack>
  );
}

function SuggestionCard({
  suggestion,
  onDrafted,
}: {
  suggestion: PostSuggestionDto;
  onDrafted: (p: PostDetail) => void;
}) {
  const [mode, setMode] = useState<'view' | 'draft' | 'decline'>('view');
  const status = STATUS[suggestion.status];
  const heading = suggestion.mine ? 'Your suggestion' : `Suggested by ${suggestion.byName ?? 'a colleague'}`;
  return (
    <Card withBorder component="article" aria-label={heading}>
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={3} size="h5">
            {heading}, {when(suggestion.createdAt)}
          </Title>
          <Badge color={status.color} variant="light">
            {status.label}
          </Badge>
        </Group>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{suggestion.text}</Text>
        <Text size="sm" c="dimmed">
          For{' '}
          {suggestion.accounts.length
            ? suggestion.accounts.map((a) => `${a.platform} @${a.handle}`).join(', ')
            : 'any account'}
          {suggestion.category
            ? ` · ${POST_CATEGORY_LABELS[suggestion.category as PostCategory] ?? suggestion.category}`
            : ''}
        </Text>
        {suggestion.note ? <Text size="sm">Note: {suggestion.note}</Text> : null}
        {suggestion.status === 'declined' ? (
          <Text size="sm">
            Declined by {suggestion.decidedByName ?? 'a runner'}: {suggestion.declineReason}
          </Text>
        ) : null}
        {suggestion.status === 'drafted' ? (
          <Text size="sm">
            Made a draft by {suggestion.decidedByName ?? 'a runner'}; it is checked and approved like any post.
          </Text>
        ) : null}
        {suggestion.mayDecide && mode === 'view' ? (
          <Group>
            <Button onClick={() => setMode('draft')}>Make it a draft</Button>
            <Button variant="default" onClick={() => setMode('decline')}>
              Decline
            </Button>
          </Group>
        ) : null}
        {mode === 'decline' ? <Decline suggestion={suggestion} onDone={() => setMode('view')} /> : null}
        {mode === 'draft' ? (
          <Stack gap="xs">
            <Text size="sm">Check the words, choose the accounts and tag any pupil pictured or named.</Text>
            <PostEditor
              post={null}
              fromSuggestion={{
                id: suggestion.id,
                text: suggestion.text,
                category: suggestion.category,
                accountIds: suggestion.accounts.map((a) => a.id),
              }}
              onSaved={onDrafted}
            />
            <Group>
              <Button variant="default" onClick={() => setMode('view')}>
                Cancel
              </Button>
            </Group>
          </Stack>
        ) : null}
      </Stack>
    </Card>
  );
}

export function SuggestionsList({ onDrafted }: { onDrafted: (post: PostDetail) => void }) {
  const [page, setPage] = useState(1);
  const list = useSuggestions(page);
  if (list.isPending) return <CentredLoader label="Loading suggestions" />;
  const items = list.data?.items ?? [];
  const waiting = items.filter((s) => s.mayDecide);
  const rest = items.filter((s) => !s.mayDecide);
  return (
    <Stack gap="md">
      <ErrorAlert error={list.error} />
      {list.data?.decides ? (
        <>
          <Title order={2} size="h4">
            Waiting for a decision
          </Title>
          {waiting.length === 0 ? (
            <Text>{page > 1 ? 'No suggestion on this page is waiting.' : 'No suggestion is waiting.'}</Text>
          ) : null}
          {waiting.map((s) => (
            <SuggestionCard key={s.id} suggestion={s} onDrafted={onDrafted} />
          ))}
        </>
      ) : null}
      {rest.length > 0 ? (
        <Title order={2} size="h4">
          {list.data?.decides ? 'Decided, and your own' : 'Your suggestions'}
        </Title>
      ) : null}
      {!list.data?.decides && rest.length === 0 && page === 1 ? <Text>You have not suggested a post yet.</Text> : null}
      {rest.map((s) => (
        <SuggestionCard key={s.id} suggestion={s} onDrafted={onDrafted} />
      ))}
      {list.data ? (
        <Pager
          page={page}
          pageSize={LIST_PAGE_SIZE}
          total={list.data.total}
          totalIsLowerBound={list.data.totalIsLowerBound}
          itemsOnPage={items.length}
          onChange={setPage}
          label="suggestions"
        />
      ) : null}
    </Stack>
  );
}
