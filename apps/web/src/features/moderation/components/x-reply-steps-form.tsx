import { Alert, Button, Checkbox, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/error-alert';
import type { ManualAction } from './manual-steps-panel';

/** One step the moderator took on X, as the API records it. */
export interface XStepTaken {
  manualAction: ManualAction;
  reference?: string;
  text?: string;
}

interface XReplyStepsFormProps {
  /** Already hidden: hiding is then not offered again. */
  hidden: boolean;
  pending: boolean;
  error: unknown;
  onSave: (steps: XStepTaken[]) => void;
  onCancel: () => void;
}

const STEPS: readonly { value: ManualAction; label: string; description: string }[] = [
  {
    value: 'hide',
    label: 'I hid the reply',
    description: 'People then have to click to see it. Schoolgate’s “Hide” button can do this for you.',
  },
  {
    value: 'report_platform',
    label: 'I reported it to X',
    description: 'On the reply’s menu, choose “Report post” and answer X’s questions. X gives you a reference.',
  },
  {
    value: 'block',
    label: 'I blocked the account',
    description: 'They can no longer reply to the school’s posts. This is also recorded on the author’s page.',
  },
  {
    value: 'ask_to_delete',
    label: 'I asked the author to delete it',
    description: 'Through the school office, not in a public reply.',
  },
];

/**
 * X does not let anyone, not even the school, delete a reply to the school's posts. Rather than a Delete button that
 * could only ever be untrue, the moderator sees what X does allow and records which of those steps they took.
 */
export function XReplyStepsForm({ hidden, pending, error, onSave, onCancel }: XReplyStepsFormProps) {
  const offered = STEPS.filter((step) => !(hidden && step.value === 'hide'));
  const [taken, setTaken] = useState<ManualAction[]>([]);
  const [reference, setReference] = useState('');
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<{ field: 'steps' | 'reference'; message: string } | null>(null);
  const reporting = taken.includes('report_platform');

  const submit = () => {
    if (taken.length === 0) return setProblem({ field: 'steps', message: 'Tick at least one step you have taken.' });
    if (reporting && !reference.trim())
      return setProblem({ field: 'reference', message: 'Enter the reference X gave for your report.' });
    setProblem(null);
    const text = note.trim() || undefined;
    onSave(
      // In the order X's help suggests, so the record reads the way it was done.
      offered
        .filter((step) => taken.includes(step.value))
        .map((step) => ({
          manualAction: step.value,
          ...(step.value === 'report_platform' ? { reference: reference.trim() } : {}),
          ...(text ? { text } : {}),
        })),
    );
  };

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Stack gap="md">
        <Alert color="blue" variant="light" title="X cannot delete this reply">
          X does not let anyone delete replies to the school’s posts, not even the school’s own account. Schoolgate will
          not mark it as deleted; it changes only if X tells us the reply has gone. These are the steps you can take on
          X instead.
        </Alert>
        <Checkbox.Group
          label="Which of these have you done?"
          value={taken}
          onChange={(values) => setTaken(values.filter((v): v is ManualAction => offered.some((s) => s.value === v)))}
          error={problem?.field === 'steps' ? problem.message : undefined}
        >
          <Stack gap="sm" mt="xs">
            {offered.map((step) => (
              <Checkbox key={step.value} value={step.value} label={step.label} description={step.description} />
            ))}
          </Stack>
        </Checkbox.Group>
        {reporting ? (
          <TextInput
            label="X’s reference for the report"
            withAsterisk
            maxLength={100}
            value={reference}
            onChange={(e) => setReference(e.currentTarget.value)}
            error={problem?.field === 'reference' ? problem.message : undefined}
          />
        ) : null}
        <Textarea
          label="Note (optional)"
          rows={2}
          maxLength={2000}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        <Text size="sm" c="dimmed">
          When you record a hide or a report, Schoolgate keeps the evidence first, ready to download for X, a solicitor
          or the police.
        </Text>
        <ErrorAlert error={error} title="The steps were not all recorded" />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={pending}>
            Record the steps taken
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
