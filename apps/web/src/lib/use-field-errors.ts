// The server's field messages from a form's last attempt, each put away as soon as the person changes that field:
// a red "Say what happened." left under a box they have just filled in reads as if their answer did not count.
import { useState } from 'react';
import { isApiError } from './api-client';

export function useFieldErrors(error: unknown) {
  const [changed, setChanged] = useState<ReadonlySet<string>>(() => new Set());
  const [attempt, setAttempt] = useState<unknown>(error);
  // A new answer from the server (another attempt): every field's message counts again.
  if (attempt !== error) {
    setAttempt(error);
    setChanged(new Set());
  }
  return {
    /** The message for a field (`files.2` belongs to `files`), unless the person has changed it since. */
    fieldError(field: string): string | undefined {
      if (!isApiError(error) || changed.has(field.split('.')[0]!)) return undefined;
      return error.fieldMessage(field);
    },
    /** Call from the field's onChange. */
    markChanged(field: string): void {
      setChanged((previous) => (previous.has(field) ? previous : new Set(previous).add(field)));
    },
  };
}
