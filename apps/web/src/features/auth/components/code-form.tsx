import { Button, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent, type ReactNode } from 'react';
import { ErrorAlert } from '../../../components/error-alert';
import { isApiError } from '../../../lib/api-client';

interface CodeFormProps {
  label: string;
  description?: ReactNode;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (code: string) => void;
  /** Recovery codes contain letters, so the numeric keypad is only offered when the field takes digits alone. */
  digitsOnly?: boolean;
}

/** One code field and a button, shared by the two-factor check and the set-up confirmation. */
export function CodeForm({
  label,
  description,
  submitLabel,
  pending,
  error,
  onSubmit,
  digitsOnly = false,
}: CodeFormProps) {
  const [code, setCode] = useState('');
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit(code.replace(/\s+/g, ''));
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <ErrorAlert error={error} title="That code did not work" />
        <TextInput
          label={label}
          description={description}
          name="code"
          autoComplete="one-time-code"
          inputMode={digitsOnly ? 'numeric' : 'text'}
          required
          value={code}
          onChange={(e) => setCode(e.currentTarget.value)}
          error={isApiError(error) ? error.fieldMessage('code') : undefined}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', letterSpacing: '0.15em' } }}
        />
        <Button type="submit" loading={pending}>
          {submitLabel}
        </Button>
      </Stack>
    </form>
  );
}
