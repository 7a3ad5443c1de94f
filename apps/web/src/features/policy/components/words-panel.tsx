import { Alert, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { CentredLoader } from '../../../components/centred-loader';
import { ErrorAlert } from '../../../components/error-alert';
import { can } from '../../../lib/permissions';
import { useSession } from '../../../lib/session-context';
import { useDraftPolicyVersion, usePolicyOverview } from '../api/policy';
import { usePolicyWords, type WordsTarget } from '../api/policy-content';
import { FORMATTING_NOTE } from './markdown-field';
import { WordsEditor } from './words-editor';

/**
 * "Edit the policy": the school's words live in a draft version. With a draft open the head edits it here; without
 * one, this starts one (with its summary of changes); a version waiting for publication is shown read-only.
 */
export function WordsPanel() {
  const me = useSession();
  const overview = usePolicyOverview();
  const draft = useDraftPolicyVersion();
  const [summary, setSummary] = useState('');
  if (overview.isPending) return <CentredLoader label="Loading the policy" />;
  if (overview.error) return <ErrorAlert error={overview.error} title="The policy could not be loaded" />;
  const { pending, published } = overview.data;
  const shown = pending ?? published;
  const mayEdit = can(me, 'update:policy');

  return (
    <Stack gap="lg">
      <Text maw={760}>
        The policy is made of sections of clauses. Clauses <strong>enforced by Schoolgate</strong> are written from the
        settings; the others are the school’s words, which you can change, add to, remove and reorder. Changes are made
        in a draft version, which the governors approve before it is published. {FORMATTING_NOTE}
      </Text>
      {mayEdit && pending?.status !== 'draft' ? (
        <Paper withBorder p="md" radius="md">
          <Stack gap="sm">
            <Title order={2} size="h4">
              Start a new draft to change the words
            </Title>
            {pending ? (
              <Alert color="blue" variant="light">
                Version {pending.number} is approved and waiting to be published. A new draft can start once it is
                published.
              </Alert>
            ) : (
              <>
                <ErrorAlert error={draft.error} title="The draft could not be started" />
                <Group align="flex-end">
                  <TextInput
                    label="What will change (optional)"
                    description="The summary of changes the governors see."
                    value={summary}
                    onChange={(e) => setSummary(e.currentTarget.value)}
                    w={420}
                    maw="100%"
                  />
                  <Button
                    loading={draft.isPending}
                    onClick={() =>
                      draft.mutate(summary, {
                        onSuccess: (version) =>
                          notifications.show({ message: `Draft version ${version.number} is ready.`, color: 'green' }),
                      })
                    }
                  >
                    Start a new draft
                  </Button>
                </Group>
              </>
            )}
          </Stack>
        </Paper>
      ) : null}
      {shown ? <VersionWords target={{ scope: 'school', versionId: shown.id }} /> : null}
    </Stack>
  );
}

function VersionWords({ target }: { target: WordsTarget }) {
  const words = usePolicyWords(target);
  if (words.isPending) return <CentredLoader label="Loading the words" />;
  if (words.error) return <ErrorAlert error={words.error} title="The words could not be loaded" />;
  return (
    <Stack gap="md">
      {words.data.version ? (
        <Title order={2} size="h3">
          {words.data.version.status === 'draft'
            ? `Draft version ${words.data.version.number}`
            : `Version ${words.data.version.number} (${words.data.version.status})`}
        </Title>
      ) : null}
      <WordsEditor target={target} data={words.data} />
    </Stack>
  );
}

/** The trust's words and locks, for the trust team. */
export function TrustWordsPanel() {
  const target: WordsTarget = { scope: 'trust' };
  const words = usePolicyWords(target);
  if (words.isPending) return <CentredLoader label="Loading the trust’s words" />;
  if (words.error) return <ErrorAlert error={words.error} title="The trust’s words could not be loaded" />;
  return (
    <Stack gap="md">
      <Title order={2} size="h3">
        The trust’s words
      </Title>
      <Text maw={760}>
        Every school starts from these words. A clause you lock is kept in every school’s policy in the trust’s words;
        schools cannot change, move or remove it. Schools take new locks into their next draft.
      </Text>
      <WordsEditor target={target} data={words.data} />
    </Stack>
  );
}
