// What happened when a leader sent reminders (to sign the policy, or to bring training up to date): how many went,
// or that nobody new was due one today, and who cannot sign in and so must be asked in person.
import { Alert } from '@mantine/core';
import { ErrorAlert } from '../../../components/error-alert';
import { plural } from '../../../lib/format';

export interface RemindOutcomeProps {
  error: unknown;
  result: { reminded: number; withoutSignIn: number } | undefined;
  /** Said when no reminder went today. */
  nobodyText: string;
}

export function RemindOutcome({ error, result, nobodyText }: RemindOutcomeProps) {
  return (
    <>
      <ErrorAlert error={error} title="Reminders were not sent" />
      {result ? (
        <Alert color="blue" variant="light" role="status">
          {result.reminded > 0 ? `${plural(result.reminded, 'reminder')} sent.` : nobodyText}
          {result.withoutSignIn > 0
            ? ` ${plural(result.withoutSignIn, 'person', 'people')} cannot sign in to Schoolgate, so please ask them in person.`
            : ''}
        </Alert>
      ) : null}
    </>
  );
}
