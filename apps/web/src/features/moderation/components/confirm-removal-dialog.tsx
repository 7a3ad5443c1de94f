import { Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { ErrorAlert } from '../../../components/error-alert';

interface ConfirmRemovalDialogProps {
  opened: boolean;
  action: 'hide' | 'delete';
  /** How many comments; 1 on a comment's own page. */
  count: number;
  pending: boolean;
  error: unknown;
  onConfirm: () => void;
  onClose: () => void;
}

const WORDS = {
  hide: {
    verb: 'Hide',
    effect: 'It will no longer be seen by the public, but the author and their friends may still see it.',
    effectMany: 'They will no longer be seen by the public, but their authors and their friends may still see them.',
  },
  delete: {
    verb: 'Delete',
    effect: 'It will be removed from the platform for good. This cannot be undone on the platform.',
    effectMany: 'They will be removed from the platform for good. This cannot be undone on the platform.',
  },
} as const;

/** Says what the school keeps before it says what will go (004: evidence before removal). */
export function ConfirmRemovalDialog(props: ConfirmRemovalDialogProps) {
  const words = WORDS[props.action];
  const what = props.count === 1 ? 'this comment' : `${props.count} comments`;
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={`${words.verb} ${what}?`}>
      <Stack gap="md">
        <Text fw={600}>Schoolgate keeps the evidence first.</Text>
        <List size="sm" spacing={4}>
          <List.Item>the comment exactly as it was received</List.Item>
          <List.Item>a picture of it as it appeared</List.Item>
          <List.Item>when it was posted, received and {props.action === 'hide' ? 'hidden' : 'deleted'}</List.Item>
          <List.Item>a SHA-256 fingerprint of each, so anyone can check nothing has changed</List.Item>
        </List>
        <Text size="sm">{props.count === 1 ? words.effect : words.effectMany}</Text>
        <ErrorAlert
          error={props.error}
          title={`The comment could not be ${props.action === 'hide' ? 'hidden' : 'deleted'}`}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose} data-autofocus>
            Cancel
          </Button>
          <Button color="red.9" loading={props.pending} onClick={props.onConfirm}>
            Keep evidence and {props.action === 'hide' ? 'hide' : 'delete'}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
