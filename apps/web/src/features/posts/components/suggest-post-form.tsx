// "Suggest a post" (issue 11, 000 "speak to the Principal"): a member of staff who does not run the accounts says
// what they would like posted; the head and the runners are told and decide.
import { Alert, Button, Checkbox, Group, NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import { POST_CATEGORIES, POST_CATEGORY_LABELS, PLATFORM_LABELS, type Platform } from '@schoolgate/domain/shared';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/error-alert';
import { useAccountRegister } from '../../accounts/api/accounts';
import { usePostOptions, useSuggestPost } from '../api/post-suggestions';

export function SuggestPostForm({ onSent }: { onSent?: () => void }) {
  const accounts = useAccountRegister();
  const options = usePostOptions();
  const suggest = useSuggestPost();
  const [text, setText] = useState('');
  const [category, setCategory] = useState('');
  const [accountIds, setAccountIds] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const allowed = options.data?.categories ?? POST_CATEGORIES;
  const connected = (accounts.data?.items ?? []).filter((a) => a.status !== 'approved_not_connected');

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!text.trim()) {
          setProblem('Write what you would like posted.');
          return;
        }
        suggest.mutate(
          { text: text.trim(), accountIds, note: note.trim(), ...(category ? { category } : {}) },
          {
            onSuccess: () => {
              setText('');
              setNote('');
              setCategory('');
              setAccountIds([]);
              onSent?.();
            },
          },
        );
      }}
    >
      <Stack gap="md">
        <Text size="sm">
          The head and the people who run the school’s accounts read your suggestion, make it a draft (checked against
          the policy like any post) or tell you why not.
        </Text>
        {suggest.isSuccess ? (
          <Alert color="green" role="status" title="Suggestion sent">
            You will see here what becomes of it.
          </Alert>
        ) : null}
        <Textarea
          label="What you would like posted"
          description="Use first names only. Say which photos you have in the note, not who is in them."
          autosize
          minRows={4}
          maxLength={2200}
          value={text}
          error={problem}
          onChange={(e) => {
            setText(e.currentTarget.value);
            setProblem(null);
          }}
        />
        <NativeSelect
          label="What it is about (optional)"
          value={category}
          onChange={(e) => setCategory(e.currentTarget.value)}
          data={[
            { value: '', label: 'Let the runners choose' },
            ...POST_CATEGORIES.filter((c) => allowed.includes(c)).map((c) => ({
              value: c,
              label: POST_CATEGORY_LABELS[c],
            })),
          ]}
        />
        <Checkbox.Group
          label="Accounts it is for"
          description="Choose none if any of the school’s accounts will do."
          value={accountIds}
          onChange={setAccountIds}
        >
          <Stack gap={6} mt={6}>
            {connected.map((a) => (
              <Checkbox
                key={a.id}
                value={a.id}
                label={`${PLATFORM_LABELS[a.platform as Platform] ?? a.platform}: ${a.displayName}`}
              />
            ))}
          </Stack>
        </Checkbox.Group>
        <Textarea
          label="Note for the runners (optional)"
          autosize
          minRows={2}
          maxLength={1000}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        <ErrorAlert error={suggest.error} title="The suggestion was not sent" />
        <Group>
          <Button type="submit" loading={suggest.isPending}>
            Send suggestion
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
