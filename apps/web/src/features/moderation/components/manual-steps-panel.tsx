import { Alert, Button, List, Stack, Text } from '@mantine/core';
import type { CommentActionRequest } from '@schoolgate/contracts';
import { lookup, MANUAL_ACTION_LABELS } from '../labels';

// Every step the API lets a moderator record as done by hand on the platform.
export type ManualAction = NonNullable<CommentActionRequest['manualAction']>;

export interface ManualNeeded {
  /** Null when there is no hand-done step to record for it. */
  manualAction: ManualAction | null;
  message: string;
  steps: string[];
}

interface ManualStepsPanelProps {
  manual: ManualNeeded;
  pending: boolean;
  onRecorded: (manualAction: ManualAction) => void;
}

/**
 * Where the platform's API stops (X will not delete other people's replies, say), the moderator does it by hand;
 * recording that it was done keeps the comment's history true.
 */
export function ManualStepsPanel({ manual, pending, onRecorded }: ManualStepsPanelProps) {
  return (
    <Alert
      color="orange"
      variant="light"
      title="This needs doing by hand on the platform"
      role="region"
      aria-label="Steps to do by hand"
    >
      <Stack gap="sm">
        <Text size="sm">{manual.message}</Text>
        <List type="ordered" size="sm" spacing={4}>
          {manual.steps.map((step) => (
            <List.Item key={step}>{step}</List.Item>
          ))}
        </List>
        {manual.manualAction ? (
          <div>
            <Button
              color="#8a3a00"
              loading={pending}
              onClick={() => manual.manualAction && onRecorded(manual.manualAction)}
            >
              I have done these steps: record the {lookup(MANUAL_ACTION_LABELS, manual.manualAction)}
            </Button>
          </div>
        ) : (
          <Text size="sm">The comment&apos;s state here updates when the platform next tells Schoolgate about it.</Text>
        )}
      </Stack>
    </Alert>
  );
}
