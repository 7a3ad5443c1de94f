import { Alert, Button, Group, List, Paper, Text } from '@mantine/core';
import type { BulkActionResponse } from '@schoolgate/contracts';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/error-alert';
import { plural } from '../../../lib/format';
import { useBulkAction, type BulkAction } from '../api/moderation';
import { ConfirmRemovalDialog } from './confirm-removal-dialog';

interface BulkActionsProps {
  ids: string[];
  onDone: () => void;
}

const ACTION_WORDS: Record<BulkAction, string> = {
  approve: 'approved',
  hide: 'hidden',
  mark_responded: 'marked as responded',
};

/** Approve, hide or mark as responded many comments at once, then say what happened to each. */
export function BulkActions({ ids, onDone }: BulkActionsProps) {
  const bulk = useBulkAction();
  const [confirmHide, setConfirmHide] = useState(false);
  const [result, setResult] = useState<{ action: BulkAction; answer: BulkActionResponse } | null>(null);

  const run = (action: BulkAction) =>
    bulk.mutate(
      { ids, action },
      {
        onSuccess: (answer) => {
          setResult({ action, answer });
          setConfirmHide(false);
          onDone();
        },
      },
    );

  return (
    <>
      <Paper withBorder p="sm" mb="md">
        <Group gap="sm">
          <Text fw={600} aria-live="polite">
            {ids.length === 0
              ? 'Tick comments to act on several at once.'
              : `${plural(ids.length, 'comment')} selected`}
          </Text>
          <Button
            variant="default"
            disabled={ids.length === 0}
            loading={bulk.isPending && bulk.variables?.action === 'approve'}
            onClick={() => run('approve')}
          >
            Approve selected
          </Button>
          <Button variant="default" disabled={ids.length === 0} onClick={() => setConfirmHide(true)}>
            Hide selected
          </Button>
          <Button
            variant="default"
            disabled={ids.length === 0}
            loading={bulk.isPending && bulk.variables?.action === 'mark_responded'}
            onClick={() => run('mark_responded')}
          >
            Mark selected as responded
          </Button>
        </Group>
      </Paper>
      {!confirmHide ? <ErrorAlert error={bulk.error} title="Nothing was changed" /> : null}
      {result ? <BulkResult action={result.action} answer={result.answer} /> : null}
      <ConfirmRemovalDialog
        opened={confirmHide}
        action="hide"
        count={ids.length}
        pending={bulk.isPending}
        error={bulk.error}
        onConfirm={() => run('hide')}
        onClose={() => {
          bulk.reset();
          setConfirmHide(false);
        }}
      />
    </>
  );
}

function BulkResult({ action, answer }: { action: BulkAction; answer: BulkActionResponse }) {
  const failed = answer.failed.length;
  return (
    <Alert
      role="status"
      color={failed > 0 ? 'red' : 'green'}
      variant="light"
      mb="md"
      title={`${plural(answer.done, 'comment')} ${ACTION_WORDS[action]}`}
    >
      {answer.manualNeeded > 0 ? (
        <Text size="sm">
          {plural(answer.manualNeeded, 'comment needs', 'comments need')} a step done by hand on the platform. Open each
          one to see the steps.
        </Text>
      ) : null}
      {failed > 0 ? (
        <>
          <Text size="sm">{plural(failed, 'comment')} could not be changed:</Text>
          <List size="sm">
            {answer.failed.map((f) => (
              <List.Item key={f.id}>{f.message}</List.Item>
            ))}
          </List>
        </>
      ) : null}
    </Alert>
  );
}
