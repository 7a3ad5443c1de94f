import { Alert, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { PolicyContentResponse } from '@schoolgate/contracts';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/error-alert';
import { isApiError } from '../../../lib/api-client';
import { useSavePolicyWords, type WordsTarget } from '../api/policy-content';
import { ClauseItem } from './clause-item';
import { ClauseStatusBadge } from './clause-status-badge';
import { MarkdownField } from './markdown-field';
import { requestOf, words, type WordsRequest } from './words-request';

interface WordsEditorProps {
  target: WordsTarget;
  data: PolicyContentResponse;
}

/**
 * The policy's sections and clauses, each with what Schoolgate does about it, and the changes the person may make:
 * every change is saved at once as the whole of the words, so what is on screen is always what is stored.
 */
export function WordsEditor({ target, data }: WordsEditorProps) {
  const save = useSavePolicyWords(target);
  const [adding, setAdding] = useState<number | null>(null);
  const [heading, setHeading] = useState('');
  const [person, setPerson] = useState(data.content.responsiblePerson ?? { name: '', role: '' });
  const [summary, setSummary] = useState(data.version?.summaryOfChanges ?? '');
  const base = requestOf(data);
  const editable = data.editable;
  const scope = data.scope;
  const fieldError = (field: string) => (isApiError(save.error) ? save.error.fieldMessage(field) : undefined);

  const send = (next: WordsRequest, done: string, extra: Partial<WordsRequest> = {}) =>
    save.mutate({ ...next, ...extra }, { onSuccess: () => notifications.show({ message: done, color: 'green' }) });

  return (
    <Stack gap="lg">
      {data.readOnlyReason ? (
        <Alert color="blue" variant="light" title="Read only">
          {data.readOnlyReason}
        </Alert>
      ) : null}
      <ErrorAlert error={save.error} title="The change was not saved" />

      {scope === 'school' && editable ? (
        <Paper withBorder p="md" radius="md">
          <Stack gap="xs">
            <Title order={2} size="h4">
              Summary of changes for the governors
            </Title>
            <Group align="flex-end">
              <TextInput
                label="What has changed in this version"
                description="Shown in the list of versions and to the governors who approve it."
                value={summary}
                onChange={(e) => setSummary(e.currentTarget.value)}
                w={520}
                maw="100%"
              />
              <Button
                variant="light"
                loading={save.isPending}
                onClick={() => send(base, 'The summary of changes is saved.', { summaryOfChanges: summary })}
              >
                Save the summary
              </Button>
            </Group>
          </Stack>
        </Paper>
      ) : null}

      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="responsible-heading">
        <Stack gap="xs">
          <Title order={2} size="h4" id="responsible-heading">
            Person responsible for the policy
          </Title>
          <Group align="flex-end">
            <TextInput
              label="Name"
              value={person.name}
              onChange={(e) => setPerson({ ...person, name: e.currentTarget.value })}
              readOnly={!editable}
              error={fieldError('responsiblePerson.name')}
            />
            <TextInput
              label="Role"
              value={person.role}
              onChange={(e) => setPerson({ ...person, role: e.currentTarget.value })}
              readOnly={!editable}
              error={fieldError('responsiblePerson.role')}
            />
            {editable ? (
              <Button
                variant="light"
                loading={save.isPending}
                onClick={() =>
                  send(
                    {
                      ...base,
                      responsiblePerson: person.role.trim() === '' && person.name.trim() === '' ? null : person,
                    },
                    'The person responsible is saved.',
                  )
                }
              >
                Save the person responsible
              </Button>
            ) : null}
          </Group>
        </Stack>
      </Paper>

      {data.content.sections.map((section, s) => {
        const sectionLocked = section.locked && scope === 'school';
        const hasFixed = section.clauses.some((c) => c.status === 'enforced' || (c.locked && scope === 'school'));
        return (
          <Paper
            key={section.id}
            withBorder
            p="md"
            radius="md"
            component="section"
            aria-labelledby={`words-${section.id}`}
          >
            <Stack gap="sm">
              <Group justify="space-between" wrap="wrap">
                <Group gap="xs">
                  <Title order={2} size="h4" id={`words-${section.id}`}>
                    {s + 1}. {section.heading}
                  </Title>
                  {section.locked ? <ClauseStatusBadge status="locked" /> : null}
                </Group>
                {editable && !sectionLocked ? (
                  <Group gap="xs">
                    <Button
                      size="xs"
                      variant="default"
                      disabled={s === 0}
                      onClick={() => send(words.moveSection(base, s, -1), 'The section is moved.')}
                    >
                      Move section up
                    </Button>
                    <Button
                      size="xs"
                      variant="default"
                      disabled={s === data.content.sections.length - 1}
                      onClick={() => send(words.moveSection(base, s, 1), 'The section is moved.')}
                    >
                      Move section down
                    </Button>
                    {!hasFixed ? (
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        onClick={() => send(words.removeSection(base, s), 'The section is removed.')}
                      >
                        Remove section
                      </Button>
                    ) : null}
                  </Group>
                ) : null}
              </Group>
              {section.clauses.length === 0 ? <Text c="dimmed">No clauses yet.</Text> : null}
              <Stack gap="xs" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                {section.clauses.map((clause, c) => (
                  <ClauseItem
                    key={clause.id}
                    clause={clause}
                    position={c + 1}
                    scope={scope}
                    editable={editable}
                    first={c === 0}
                    last={c === section.clauses.length - 1}
                    saving={save.isPending}
                    error={
                      fieldError(`sections.${s}.clauses.${c}.markdown`) ?? fieldError(`sections.${s}.clauses.${c}`)
                    }
                    onSave={(markdown) => send(words.editClause(base, s, c, markdown), 'The clause is saved.')}
                    onLock={(locked) =>
                      send(
                        words.lockClause(base, s, c, locked),
                        locked ? 'The clause is locked.' : 'The clause is unlocked.',
                      )
                    }
                    onRemove={() => send(words.removeClause(base, s, c), 'The clause is removed.')}
                    onMove={(by) => send(words.moveClause(base, s, c, by), 'The clause is moved.')}
                  />
                ))}
              </Stack>
              {editable && !sectionLocked ? (
                adding === s ? (
                  <MarkdownField
                    label={`New clause for “${section.heading}”`}
                    initial=""
                    saving={save.isPending}
                    error={fieldError(`sections.${s}.clauses.${section.clauses.length}.markdown`)}
                    saveLabel="Add the clause"
                    onSave={(markdown) =>
                      save.mutate(words.addClause(base, s, markdown), {
                        onSuccess: () => {
                          setAdding(null);
                          notifications.show({ message: 'The clause is added to the draft.', color: 'green' });
                        },
                      })
                    }
                    onCancel={() => setAdding(null)}
                  />
                ) : (
                  <Group>
                    <Button size="xs" variant="light" onClick={() => setAdding(s)}>
                      Add a clause to “{section.heading}”
                    </Button>
                  </Group>
                )
              ) : null}
            </Stack>
          </Paper>
        );
      })}

      {editable ? (
        <Paper withBorder p="md" radius="md">
          <Group align="flex-end">
            <TextInput
              label="Heading of a new section"
              value={heading}
              onChange={(e) => setHeading(e.currentTarget.value)}
              w={420}
              maw="100%"
            />
            <Button
              variant="light"
              disabled={heading.trim() === ''}
              loading={save.isPending}
              onClick={() =>
                save.mutate(words.addSection(base, heading.trim()), {
                  onSuccess: () => {
                    setHeading('');
                    notifications.show({ message: 'The section is added.', color: 'green' });
                  },
                })
              }
            >
              Add a section
            </Button>
          </Group>
        </Paper>
      ) : null}

      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="statement-words-heading">
        <Stack gap="xs">
          <Title order={2} size="h4" id="statement-words-heading">
            Statement of Acceptance
          </Title>
          <Text size="sm">
            The words every member of staff signs for this version. Staff are asked to sign again when a new version is
            published, and each signature keeps the exact words signed.
          </Text>
          {editable ? (
            <MarkdownField
              key={data.content.statementOfAcceptance}
              label="Words of the statement"
              initial={data.content.statementOfAcceptance}
              saving={save.isPending}
              error={fieldError('statementOfAcceptance')}
              saveLabel="Save the statement"
              onSave={(markdown) =>
                send({ ...base, statementOfAcceptance: markdown }, 'The Statement of Acceptance is saved.')
              }
            />
          ) : (
            <Text style={{ whiteSpace: 'pre-wrap' }}>{data.content.statementOfAcceptance}</Text>
          )}
        </Stack>
      </Paper>
    </Stack>
  );
}
