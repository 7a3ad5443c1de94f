import { Button, Group, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/error-alert';
import type { ManualAction } from './manual-steps-panel';

interface RecordManualFormProps {
  /** On X a reply cannot be deleted by anyone, so "Deleted the comment" is not offered there. */
  platform: string;
  pending: boolean;
  error: unknown;
  onSave: (manualAction: ManualAction, text: string | undefined, reference: string | undefined) => void;
  onCancel: () => void;
}

const OPTIONS: { value: ManualAction; label: string }[] = [
  { value: 'hide', label: 'Hid the comment' },
  { value: 'unhide', label: 'Showed the comment again' },
  { value: 'delete', label: 'Deleted the comment' },
  { value: 'block', label: 'Blocked the author' },
  { value: 'reply', label: 'Replied to the comment' },
  { value: 'report_platform', label: 'Reported it to the platform' },
  { value: 'ask_to_delete', label: 'Asked the author to delete it' },
];

function isManualAction(value: string): value is ManualAction {
  return OPTIONS.some((o) => o.value === value);
}

/** For something done directly on Facebook, Instagram or X, so Schoolgate's record matches what happened. */
export function RecordManualForm({ platform, pending, error, onSave, onCancel }: RecordManualFormProps) {
  const options = OPTIONS.filter((o) => !(platform === 'x' && o.value === 'delete'));
  const [action, setAction] = useState<ManualAction>('hide');
  const [text, setText] = useState('');
  const [reference, setReference] = useState('');
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSave(
          action,
          text.trim() || undefined,
          action === 'report_platform' ? reference.trim() || undefined : undefined,
        );
      }}
    >
      <Stack gap="md">
        <NativeSelect
          label="What did you do on the platform?"
          value={action}
          data={options}
          onChange={(e) => {
            const value = e.currentTarget.value;
            if (isManualAction(value)) setAction(value);
          }}
        />
        {action === 'report_platform' ? (
          <TextInput
            label="The platform's report reference"
            withAsterisk
            maxLength={100}
            value={reference}
            onChange={(e) => setReference(e.currentTarget.value)}
          />
        ) : null}
        <Textarea
          label="Note (optional)"
          description="For example what you wrote."
          rows={2}
          maxLength={2000}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
        />
        <ErrorAlert error={error} title="The step was not recorded" />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={pending}>
            Record the step
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
