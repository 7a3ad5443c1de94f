import { Button, Group, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { LADDER_STEP_VALUES } from '@schoolgate/contracts';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/error-alert';
import { isApiError } from '../../../lib/api-client';
import type { AuthorStepInput } from '../api/moderation';
import { LADDER_STEP_LABELS, lookup } from '../labels';

interface RecordStepFormProps {
  ladder: string[];
  suggestedNextStep: string | null;
  /** Steps already taken, so the form starts on the first rung that is not. */
  taken: string[];
  pending: boolean;
  error: unknown;
  onSave: (input: AuthorStepInput) => void;
}

const REFERENCE_LABELS: Readonly<Record<string, string>> = {
  report_to_platform: "The platform's report reference",
  police: 'Police crime reference number',
  legal_advice: "Your solicitor's reference",
};

export function RecordStepForm({ ladder, suggestedNextStep, taken, pending, error, onSave }: RecordStepFormProps) {
  // The school's own ladder first, in its order; any other step the API accepts after it, for the rare case
  // (a threat, say) where a school goes straight to the police.
  const known: readonly string[] = LADDER_STEP_VALUES;
  const ordered = [...ladder.filter((s) => known.includes(s)), ...known.filter((s) => !ladder.includes(s))];
  const initial =
    suggestedNextStep && known.includes(suggestedNextStep)
      ? suggestedNextStep
      : (ordered.find((s) => !taken.includes(s)) ?? ordered[0] ?? '');
  const [step, setStep] = useState(initial);
  const [reference, setReference] = useState('');
  const [note, setNote] = useState('');
  const fieldError = (field: string) => (isApiError(error) ? error.fieldMessage(field) : undefined);
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSave({ step, reference: reference.trim() || undefined, note: note.trim() || undefined });
      }}
    >
      <Stack gap="md">
        <NativeSelect
          label="Step taken"
          value={step}
          data={ordered.map((s) => ({
            value: s,
            label: ladder.includes(s)
              ? lookup(LADDER_STEP_LABELS, s)
              : `${lookup(LADDER_STEP_LABELS, s)} (not on the school's ladder)`,
          }))}
          onChange={(e) => setStep(e.currentTarget.value)}
          error={fieldError('step')}
        />
        <TextInput
          label={REFERENCE_LABELS[step] ?? 'Reference (optional)'}
          withAsterisk={step === 'police' || step === 'report_to_platform'}
          description="A report number, crime reference or letter reference, if there is one."
          maxLength={100}
          value={reference}
          onChange={(e) => setReference(e.currentTarget.value)}
          error={fieldError('reference')}
        />
        <Textarea
          label="Note (optional)"
          rows={2}
          maxLength={2000}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={fieldError('note')}
        />
        <ErrorAlert error={error} title="The step was not recorded" />
        <Group>
          <Button type="submit" loading={pending}>
            Record this step
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
