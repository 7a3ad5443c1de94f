import { Alert } from '@mantine/core';
import { errorMessage } from '../lib/api-client';

interface ErrorAlertProps {
  error: unknown;
  title?: string;
}

/** Shows what went wrong in the API's words; role="alert" so screen readers announce it at once. */
export function ErrorAlert({ error, title = 'There is a problem' }: ErrorAlertProps) {
  if (!error) return null;
  return (
    <Alert color="red" title={title} role="alert" variant="light">
      {errorMessage(error)}
    </Alert>
  );
}
