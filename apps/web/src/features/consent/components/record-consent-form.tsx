import { Button, Checkbox, Group, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import {
  CONSENT_USE_VALUES,
  type ConsentDecision,
  type ConsentSource,
  type ConsentUse,
  type ConsentUseState,
  type RecordConsentRequest,
} from '@schoolgate/contracts';
import { useState, type FormEvent } from 'react';
import { ErrorAlert } from '../../../components/error-alert';
import { isApiError } from '../../../lib/api-client';
import { academicYearEnd, DECISION_LABELS, SOURCE_LABELS, USE_LABELS } from '../consent-labels';

interface RecordConsentFormProps {
  today: string;
  current: Partial<Record<ConsentUse, ConsentUseState>>;
  pending: boolean;
  error: unknown;
  /** Withdrawals go to their own endpoint, which checks there is a grant to withdraw. */
  onSubmit: (input: RecordConsentRequest) => void;
}

const DECISIONS = (Object.keys(DECISION_LABELS) as ConsentDecision[]).map((value) => ({
  value,
  label: DECISION_LABELS[value],
}));
// An import is what the MIS import writes; by hand, the office records where the answer came from.
const SOURCES = (Object.keys(SOURCE_LABELS) as ConsentSource[])
  .filter((value) => value !== 'mis_import')
  .map((value) => ({ value, label: SOURCE_LABELS[value] }));

export function RecordConsentForm({ today, current, pending, error, onSubmit }: RecordConsentFormProps) {
  const [uses, setUses] = useState<ConsentUse[]>([]);
  const [decision, setDecision] = useState<ConsentDecision>('granted');
  const [source, setSource] = useState<ConsentSource>('consent_form');
  const [decidedOn, setDecidedOn] = useState(today);
  const [expiresOn, setExpiresOn] = useState(academicYearEnd(today));
  const [note, setNote] = useState('');
  const [local, setLocal] = useState<Record<string, string>>({});
  const fieldError = (field: string) => local[field] ?? (isApiError(error) ? error.fieldMessage(field) : undefined);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (uses.length === 0) problems.uses = 'Choose at least one use.';
    if (decidedOn === '') problems.decidedOn = 'Enter the date of the decision.';
    setLocal(problems);
    if (Object.keys(problems).length > 0) return;
    onSubmit({
      uses,
      decision,
      source,
      decidedOn,
      expiresOn: decision === 'granted' && expiresOn !== '' ? expiresOn : null,
      note: note.trim() === '' ? null : note.trim(),
    });
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Record a decision">
      <Stack gap="md">
        <ErrorAlert error={error} title="The decision was not saved" />
        <Checkbox.Group
          label="Uses this decision covers"
          value={uses}
          onChange={(value) => setUses(value as ConsentUse[])}
          error={fieldError('uses')}
          withAsterisk
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="xs">
            {CONSENT_USE_VALUES.map((use) => (
              <Checkbox
                key={use}
                value={use}
                label={USE_LABELS[use]}
                description={
                  decision === 'withdrawn' && current[use]?.status !== 'granted' ? 'Nothing to withdraw' : undefined
                }
              />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label="Decision"
            data={DECISIONS}
            value={decision}
            onChange={(e) => setDecision(e.currentTarget.value as ConsentDecision)}
            error={fieldError('decision')}
          />
          <NativeSelect
            label="How the family told us"
            data={SOURCES}
            value={source}
            onChange={(e) => setSource(e.currentTarget.value as ConsentSource)}
            error={fieldError('source')}
          />
          <TextInput
            type="date"
            label={decision === 'withdrawn' ? 'Date consent was withdrawn' : 'Date of the decision'}
            required
            max={today}
            value={decidedOn}
            onChange={(e) => setDecidedOn(e.currentTarget.value)}
            error={fieldError('decidedOn')}
          />
          {decision === 'granted' ? (
            <TextInput
              type="date"
              label="Consent expires on (optional)"
              description="Usually the end of the school year, or when the pupil leaves."
              value={expiresOn}
              onChange={(e) => setExpiresOn(e.currentTarget.value)}
              error={fieldError('expiresOn')}
            />
          ) : null}
        </SimpleGrid>
        <Textarea
          label="Note (optional)"
          rows={3}
          maxLength={500}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={fieldError('note')}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={pending}>
            {decision === 'withdrawn' ? 'Record withdrawal' : 'Record decision'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
