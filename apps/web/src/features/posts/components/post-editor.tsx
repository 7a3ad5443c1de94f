// The draft form (issue 11): text, category (those the school's policy allows), accounts, pupils pictured or named
// (from the roll), and whether the post is controversial. The checks are run by the server on every save and shown
// beside the form. Started from a staff suggestion, it is pre-filled and saving makes the suggestion a draft.
import {
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { POST_CATEGORIES, POST_CATEGORY_LABELS, PLATFORM_LABELS, type Platform } from '@schoolgate/domain/shared';
import type { PostDetail } from '@schoolgate/contracts';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/error-alert';
import { useAccountRegister } from '../../accounts/api/accounts';
import { usePupilSearch, useSavePost, type SaveInput } from '../api/posts';
import { useDraftFromSuggestion, usePostOptions } from '../api/post-suggestions';

interface Tag {
  pupilId: string;
  name: string;
  pictured: boolean;
  named: boolean;
}

/** A staff suggestion the new draft starts from. */
export interface SuggestionStart {
  id: string;
  text: string;
  category: string | null;
  accountIds: string[];
}

interface PostEditorProps {
  post: PostDetail | null;
  fromSuggestion?: SuggestionStart;
  onSaved: (post: PostDetail) => void;
}

export function PostEditor({ post, fromSuggestion, onSaved }: PostEditorProps) {
  const accounts = useAccountRegister();
  const options = usePostOptions();
  const saveDraft = useSavePost();
  const draftFromSuggestion = useDraftFromSuggestion();
  const save = fromSuggestion ? draftFromSuggestion : saveDraft;
  const [text, setText] = useState(post?.text ?? fromSuggestion?.text ?? '');
  const [category, setCategory] = useState(post?.category ?? fromSuggestion?.category ?? '');
  const [accountIds, setAccountIds] = useState<string[]>(
    post?.accounts.map((a) => a.id) ?? fromSuggestion?.accountIds ?? [],
  );
  const [controversial, setControversial] = useState(post?.controversial ?? false);
  const [tags, setTags] = useState<Tag[]>(post?.tagged ?? []);
  const [search, setSearch] = useState('');
  const pupils = usePupilSearch(search);

  const connected = (accounts.data?.items ?? []).filter((a) => a.status !== 'approved_not_connected');
  const submit = () => {
    const body: SaveInput = {
      text,
      category,
      accountIds,
      controversial,
      tagged: tags.map(({ pupilId, pictured, named }) => ({ pupilId, pictured, named })),
    };
    if (fromSuggestion) draftFromSuggestion.mutate({ id: fromSuggestion.id, body }, { onSuccess: onSaved });
    else saveDraft.mutate({ id: post?.id ?? null, body }, { onSuccess: onSaved });
  };
  // Only what the policy in force lists (the server refuses the others anyway); a category chosen before the policy
  // changed stays visible so the person sees what to change.
  const allowed = options.data?.categories ?? POST_CATEGORIES;
  const categories = POST_CATEGORIES.filter((c) => allowed.includes(c) || c === category);
  const setTag = (pupilId: string, patch: Partial<Tag>) =>
    setTags((all) => all.map((t) => (t.pupilId === pupilId ? { ...t, ...patch } : t)));

  return (
    <Stack gap="md">
      <Textarea
        label="Text of the post"
        description="Use first names only. Say who is pictured in the tags below, not in the text."
        autosize
        minRows={4}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
      />
      <NativeSelect
        label="What the post is about"
        value={category}
        onChange={(e) => setCategory(e.currentTarget.value)}
        data={[
          { value: '', label: 'Choose from the policy’s list' },
          ...categories.map((c) => ({ value: c, label: POST_CATEGORY_LABELS[c] })),
        ]}
      />
      <Checkbox.Group label="Accounts to post on" value={accountIds} onChange={setAccountIds}>
        <Stack gap={6} mt={6}>
          {connected.map((a) => (
            <Checkbox
              key={a.id}
              value={a.id}
              label={`${PLATFORM_LABELS[a.platform as Platform] ?? a.platform}: ${a.displayName}`}
            />
          ))}
          {accounts.data && connected.length === 0 ? <Text size="sm">No account is connected yet.</Text> : null}
        </Stack>
      </Checkbox.Group>
      <Checkbox
        label="Controversial: the head or a senior leader must approve it"
        checked={controversial}
        onChange={(e) => setControversial(e.currentTarget.checked)}
      />
      <Stack gap={6}>
        <TextInput
          label="Tag a pupil who is pictured or named"
          description="Type at least two letters of a name."
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
        />
        {(pupils.data?.items ?? [])
          .filter((p) => !tags.some((t) => t.pupilId === p.id))
          .slice(0, 6)
          .map((p) => (
            <Group key={p.id} gap="xs">
              <Text size="sm">
                {p.name} (Year {p.yearGroup})
              </Text>
              <Button
                size="compact-sm"
                variant="light"
                onClick={() => {
                  setTags((all) => [...all, { pupilId: p.id, name: p.name, pictured: true, named: false }]);
                  setSearch('');
                }}
              >
                Tag {p.name}
              </Button>
            </Group>
          ))}
        {tags.length > 0 ? (
          <Table aria-label="Tagged pupils">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Pupil</Table.Th>
                <Table.Th>Pictured</Table.Th>
                <Table.Th>Named</Table.Th>
                <Table.Th>
                  <VisuallyHidden>Remove</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {tags.map((t) => (
                <Table.Tr key={t.pupilId}>
                  <Table.Td>{t.name}</Table.Td>
                  <Table.Td>
                    <Checkbox
                      aria-label={`${t.name} is pictured`}
                      checked={t.pictured}
                      onChange={(e) => setTag(t.pupilId, { pictured: e.currentTarget.checked })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Checkbox
                      aria-label={`${t.name} is named`}
                      checked={t.named}
                      onChange={(e) => setTag(t.pupilId, { named: e.currentTarget.checked })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      color="red"
                      onClick={() => setTags((all) => all.filter((x) => x.pupilId !== t.pupilId))}
                    >
                      Untag {t.name}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : null}
      </Stack>
      <ErrorAlert error={save.error} title="The draft was not saved" />
      <Group>
        <Button onClick={submit} loading={save.isPending}>
          {post ? 'Save changes' : fromSuggestion ? 'Save as a draft' : 'Save draft'}
        </Button>
      </Group>
    </Stack>
  );
}
