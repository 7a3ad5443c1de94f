import { Card, Stack, Table, Text, Title } from '@mantine/core';
import type { CommentDetail } from '@schoolgate/contracts';
import { formatLondonDateTime } from '../../../lib/format';
import { ACTION_LABELS, lookup } from '../labels';

function describeDetail(detail: Record<string, unknown>): string {
  const parts: string[] = [];
  if (typeof detail.text === 'string') parts.push(`“${detail.text}”`);
  if (typeof detail.note === 'string') parts.push(detail.note);
  if (typeof detail.approvedPressReply === 'number') parts.push('(approved by the head before it was sent)');
  return parts.join(' ');
}

// Approving or marking as responded happens in Schoolgate only; hides, deletes and replies say whether they went
// through the platform's API or were done by hand there.
function howText(record: { manual: boolean; detail: Record<string, unknown> }): string {
  if (record.manual || record.detail.via === 'by hand') return 'By hand on the platform';
  if (record.detail.via === 'api') return 'Through the platform';
  return 'In Schoolgate';
}

/** Edits the author made, then everything the school did, oldest first, with who did it and how. */
export function CommentHistory({ comment }: { comment: CommentDetail }) {
  return (
    <Card withBorder padding="lg">
      <Stack gap="md">
        <Title order={2} size="h3">
          History
        </Title>
        {comment.revisions.length > 0 ? (
          <Table captionSide="top" verticalSpacing="xs">
            <Table.Caption style={{ textAlign: 'left' }}>
              Earlier versions of the comment, before the author edited it
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Edited</Table.Th>
                <Table.Th scope="col">Text</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {comment.revisions.map((revision) => (
                <Table.Tr key={revision.editedAt}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatLondonDateTime(revision.editedAt)}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{revision.text}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : (
          <Text size="sm">The author has not edited this comment.</Text>
        )}
        {comment.actions.length > 0 ? (
          <Table captionSide="top" verticalSpacing="xs">
            <Table.Caption style={{ textAlign: 'left' }}>Actions taken on this comment</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">When</Table.Th>
                <Table.Th scope="col">What</Table.Th>
                <Table.Th scope="col">Who</Table.Th>
                <Table.Th scope="col">How</Table.Th>
                <Table.Th scope="col">Details</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {comment.actions.map((record) => (
                <Table.Tr key={record.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatLondonDateTime(record.at)}</Table.Td>
                  <Table.Td>{lookup(ACTION_LABELS, record.action)}</Table.Td>
                  <Table.Td>{record.by ?? 'Schoolgate (automatic)'}</Table.Td>
                  <Table.Td>{howText(record)}</Table.Td>
                  <Table.Td>{describeDetail(record.detail)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : (
          <Text size="sm">Nobody has acted on this comment yet.</Text>
        )}
      </Stack>
    </Card>
  );
}
