import { Alert, Button, Card, Group, List, Modal, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { CommentActionRequest, CommentDetail } from '@schoolgate/contracts';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/error-alert';
import { useCommentAction } from '../api/moderation';
import { ConfirmRemovalDialog } from './confirm-removal-dialog';
import { ManualStepsPanel, type ManualAction, type ManualNeeded } from './manual-steps-panel';
import { PressReplyPanel } from './press-reply-panel';
import { PublicationRefusal, refusedChecks } from './publication-refusal';
import { RecordManualForm } from './record-manual-form';
import { ReplyForm } from './reply-form';
import { XReplyStepsForm, type XStepTaken } from './x-reply-steps-form';

interface CommentActionsProps {
  comment: CommentDetail;
  canModerate: boolean;
  canApprovePress: boolean;
}

type Dialog = 'hide' | 'delete' | 'reply' | 'manual' | 'block' | 'x-steps' | null;

// Which hand-done step an API action becomes when the platform cannot do it.
const MANUAL_FOR: Partial<Record<CommentActionRequest['action'], ManualAction>> = {
  hide: 'hide',
  unhide: 'unhide',
  delete: 'delete',
  block: 'block',
  reply: 'reply',
  approve_press_reply: 'reply',
};

const CAPABILITY_NAMES: Readonly<Record<string, string>> = {
  hide: 'Hiding',
  unhide: 'Showing again',
  delete: 'Deleting',
  reply: 'Replying',
  block: 'Blocking',
};

/** The moderator's buttons, and what the platform answered: done, steps to do by hand, or waiting for the head. */
export function CommentActions({ comment, canModerate, canApprovePress }: CommentActionsProps) {
  const action = useCommentAction(comment.id);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [manual, setManual] = useState<ManualNeeded | null>(null);

  const close = () => {
    action.reset();
    setDialog(null);
  };
  const perform = (request: CommentActionRequest) =>
    action.mutate(request, {
      onSuccess: (result) => {
        setDialog(null);
        if (result.outcome === 'manual_needed') {
          const manualAction = MANUAL_FOR[request.action] ?? request.manualAction ?? null;
          setManual({ manualAction, message: result.message, steps: result.manualSteps });
          return;
        }
        if (request.action === 'record_manual') setManual(null);
        notifications.show({ message: result.message, color: result.outcome === 'done' ? 'green' : 'violet' });
      },
    });
  // Each step taken on X is its own record (a block and a report also go on the author's ladder), saved in turn.
  const recordXSteps = async (steps: XStepTaken[]) => {
    try {
      for (const step of steps) await action.mutateAsync({ action: 'record_manual', ...step });
    } catch {
      return; // The dialog stays open and shows what went wrong.
    }
    setDialog(null);
    notifications.show({
      message:
        steps.length === 1 ? 'The step taken on X is recorded.' : `The ${steps.length} steps taken on X are recorded.`,
      color: 'green',
    });
  };

  // X lets nobody delete a reply to the school's posts, so there is no Delete there: the steps X allows instead.
  const onX = comment.platform === 'x';
  const limits = Object.entries(comment.capabilities).filter(
    ([name, capability]) => !capability.viaApi && !(onX && name === 'delete'),
  );
  const visible = comment.platformState === 'visible';
  const gone = comment.platformState === 'deleted' || comment.platformState === 'removed_by_author';
  // The head approving a journalist's reply meets the same checks, with the same way round advisory ones.
  const pressRefusal = action.variables?.action === 'approve_press_reply' ? refusedChecks(action.error) : null;

  return (
    <Card withBorder padding="lg">
      <Stack gap="md">
        <Title order={2} size="h3">
          Actions
        </Title>
        {comment.pendingPressReply ? (
          <PressReplyPanel
            reply={comment.pendingPressReply}
            canApprove={canApprovePress}
            pending={action.isPending && action.variables?.action === 'approve_press_reply'}
            onApprove={() => perform({ action: 'approve_press_reply' })}
          />
        ) : null}
        {manual ? (
          <ManualStepsPanel
            manual={manual}
            pending={action.isPending && action.variables?.action === 'record_manual'}
            onRecorded={(manualAction) => perform({ action: 'record_manual', manualAction })}
          />
        ) : null}
        {canModerate ? (
          <Group gap="sm">
            {comment.reviewState === 'to_review' ? (
              <Button
                variant="default"
                loading={action.isPending && action.variables?.action === 'approve'}
                onClick={() => perform({ action: 'approve' })}
              >
                Approve
              </Button>
            ) : null}
            {visible ? (
              <Button variant="default" onClick={() => setDialog('hide')}>
                Hide
              </Button>
            ) : null}
            {comment.platformState === 'hidden' ? (
              <Button
                variant="default"
                loading={action.isPending && action.variables?.action === 'unhide'}
                onClick={() => perform({ action: 'unhide' })}
              >
                Show again
              </Button>
            ) : null}
            {!gone && !onX ? (
              <Button variant="default" color="red.9" c="red.9" onClick={() => setDialog('delete')}>
                Delete
              </Button>
            ) : null}
            {!gone && onX ? (
              <Button variant="default" onClick={() => setDialog('x-steps')}>
                Instead of deleting…
              </Button>
            ) : null}
            {!gone ? (
              <Button variant="default" onClick={() => setDialog('reply')}>
                Reply
              </Button>
            ) : null}
            {/* A comment from the press is answered only with the head's approval (004), so only they close it. */}
            {comment.needsResponse && !comment.respondedAt && (!comment.author.isPress || canApprovePress) ? (
              <Button
                variant="default"
                loading={action.isPending && action.variables?.action === 'mark_responded'}
                onClick={() => perform({ action: 'mark_responded' })}
              >
                Mark as responded
              </Button>
            ) : null}
            <Button variant="default" onClick={() => setDialog('block')}>
              Block the author
            </Button>
            <Button variant="subtle" onClick={() => setDialog('manual')}>
              Record a manual step
            </Button>
          </Group>
        ) : null}
        {onX && !gone ? (
          <Alert color="blue" variant="light" title="X cannot delete replies to the school's posts">
            <Text size="sm">
              Nobody can delete another person&apos;s reply on X, not even the school. Instead you can:
            </Text>
            <List size="sm" spacing={4} mt={4}>
              <List.Item>hide the reply</List.Item>
              <List.Item>report it to X, and note the reference X gives you</List.Item>
              <List.Item>block the account</List.Item>
              <List.Item>ask the author to delete it</List.Item>
            </List>
          </Alert>
        ) : null}
        {limits.length > 0 ? (
          <Alert color="blue" variant="light" title="What this platform does not let Schoolgate do">
            <List size="sm" spacing={4}>
              {limits.map(([name, capability]) => (
                <List.Item key={name}>
                  {CAPABILITY_NAMES[name] ?? name}:{' '}
                  {capability.note ??
                    'not possible through the platform. Schoolgate will show you how to do it by hand.'}
                </List.Item>
              ))}
            </List>
          </Alert>
        ) : null}
        {dialog === null && pressRefusal ? (
          <PublicationRefusal
            checks={pressRefusal}
            what="reply"
            pending={action.isPending}
            onOverride={(override) => perform({ action: 'approve_press_reply', override })}
          />
        ) : null}
        {dialog === null && !pressRefusal ? <ErrorAlert error={action.error} title="That did not work" /> : null}
      </Stack>
      <ConfirmRemovalDialog
        opened={dialog === 'hide' || dialog === 'delete'}
        action={dialog === 'delete' ? 'delete' : 'hide'}
        count={1}
        pending={action.isPending}
        error={action.error}
        onConfirm={() => perform({ action: dialog === 'delete' ? 'delete' : 'hide' })}
        onClose={close}
      />
      <Modal opened={dialog === 'block'} onClose={close} title="Block the author?">
        <Stack gap="sm">
          <Text size="sm">
            {comment.author.name ?? 'This person'} will no longer be able to comment on {comment.account.displayName}.
            It is recorded on their page as a step of the school&apos;s ladder for repeated comments.
          </Text>
          <ErrorAlert error={action.error} title="That did not work" />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button color="red.9" loading={action.isPending} onClick={() => perform({ action: 'block' })}>
              Block
            </Button>
          </Group>
        </Stack>
      </Modal>
      <Modal opened={dialog === 'reply'} onClose={close} title="Reply to this comment" size="lg">
        <ReplyForm
          toPress={comment.author.isPress}
          complaintsUrl={comment.complaintsUrl}
          publicReportUrl={comment.publicReportUrl}
          pending={action.isPending}
          error={action.error}
          onSend={(text, override) => perform({ action: 'reply', text, ...(override ? { override } : {}) })}
          onCancel={close}
        />
      </Modal>
      <Modal opened={dialog === 'manual'} onClose={close} title="Record a step done on the platform">
        <RecordManualForm
          platform={comment.platform}
          pending={action.isPending}
          error={action.error}
          onSave={(manualAction, text, reference) =>
            perform({
              action: 'record_manual',
              manualAction,
              ...(text ? { text } : {}),
              ...(reference ? { reference } : {}),
            })
          }
          onCancel={close}
        />
      </Modal>
      <Modal opened={dialog === 'x-steps'} onClose={close} title="What to do instead of deleting" size="lg">
        <XReplyStepsForm
          hidden={comment.platformState === 'hidden'}
          pending={action.isPending}
          error={action.error}
          onSave={(steps) => void recordXSteps(steps)}
          onCancel={close}
        />
      </Modal>
    </Card>
  );
}
