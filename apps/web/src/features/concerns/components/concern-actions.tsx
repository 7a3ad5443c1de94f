// Adding a step to the chronology, and closing with an outcome and a rationale.
import { Alert, Button, Card, Group, Select, Stack, TextInput, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { errorMessage, isApiError } from '../../../lib/api-client';
import { useAddConcernEntry, useCloseConcern } from '../api/concerns';
import { AGENCY_LABELS, OUTCOME_LABELS, toOptions } from '../concern-labels';

const KINDS = [
  { value: 'note', label: 'Note' },
  { value: 'action', label: 'Action taken' },
  { value: 'referral', label: 'Referral' },
  { value: 'parent_contact', label: 'Contact with parents' },
];

export function AddEntryForm({ concernId }: { concernId: string }) {
  const add = useAddConcernEntry(concernId);
  const [kind, setKind] = useState<string | null>('action');
  const [text, setText] = useState('');
  const [agency, setAgency] = useState<string | null>(null);
  const [agencyReference, setAgencyReference] = useState('');
  const field = (f: string) => (isApiError(add.error) ? add.error.fieldMessage(f) : undefined);
  return (
    <Card withBorder padding="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const input =
            kind === 'referral'
              ? { kind: 'referral' as const, agency: (agency ?? '') as 'police', agencyReference, text }
              : { kind: (kind ?? 'note') as 'note', text };
          add.mutate(input, {
            onSuccess: () => {
              setText('');
              setAgencyReference('');
            },
          });
        }}
      >
        <Stack>
          <Title order={2} size="h3">
            Add to the chronology
          </Title>
          <Select label="What kind of step" data={KINDS} value={kind} onChange={setKind} allowDeselect={false} />
          {kind === 'referral' ? (
            <Group grow>
              <Select
                label="Referred to"
                data={toOptions(AGENCY_LABELS)}
                value={agency}
                onChange={setAgency}
                error={field('agency')}
              />
              <TextInput
                label="Their reference"
                value={agencyReference}
                onChange={(e) => setAgencyReference(e.currentTarget.value)}
              />
            </Group>
          ) : null}
          <Textarea
            label="Details"
            autosize
            minRows={3}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            error={field('text')}
          />
          {add.isError && !field('text') && !field('agency') ? (
            <Alert color="red">{errorMessage(add.error)}</Alert>
          ) : null}
          <Group>
            <Button type="submit" loading={add.isPending}>
              Add step
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

export function CloseConcernForm({ concernId }: { concernId: string }) {
  const close = useCloseConcern(concernId);
  const [outcome, setOutcome] = useState<string | null>(null);
  const [rationale, setRationale] = useState('');
  const field = (f: string) => (isApiError(close.error) ? close.error.fieldMessage(f) : undefined);
  return (
    <Card withBorder padding="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          close.mutate({ outcome: (outcome ?? '') as 'referred', rationale });
        }}
      >
        <Stack>
          <Title order={2} size="h3">
            Close the concern
          </Title>
          <Select
            label="Outcome"
            data={toOptions(OUTCOME_LABELS)}
            value={outcome}
            onChange={setOutcome}
            error={field('outcome')}
          />
          <Textarea
            label="Why it can be closed"
            autosize
            minRows={3}
            value={rationale}
            onChange={(e) => setRationale(e.currentTarget.value)}
            error={field('rationale')}
          />
          {close.isError && !field('outcome') && !field('rationale') ? (
            <Alert color="red">{errorMessage(close.error)}</Alert>
          ) : null}
          <Group>
            <Button type="submit" color="dark" loading={close.isPending}>
              Close with this outcome
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
