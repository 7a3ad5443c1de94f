import { Card, Stack, Table, Text, Title } from '@mantine/core';
import type { CommentDetail } from '@schoolgate/contracts';
import { labelText } from '../labels';

/** Why the comment was flagged: each label with how sure the classifier was and the words or rule behind it. */
export function ClassifierLabels({ labels }: { labels: CommentDetail['labels'] }) {
  return (
    <Card withBorder padding="lg">
      <Stack gap="sm">
        <Title order={2} size="h3">
          Why it was flagged
        </Title>
        {labels.length === 0 ? (
          <Text>The classifier found nothing of concern in this comment.</Text>
        ) : (
          <Table captionSide="top" verticalSpacing="xs">
            <Table.Caption style={{ textAlign: 'left' }}>
              What Schoolgate&apos;s classifier found, on this computer: the comment was not sent anywhere else.
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Category</Table.Th>
                <Table.Th scope="col">How sure</Table.Th>
                <Table.Th scope="col">Why</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {labels.map((label) => (
                <Table.Tr key={`${label.category}-${label.target ?? ''}-${label.kind ?? ''}`}>
                  <Table.Th scope="row" fw={600}>
                    {labelText(label)}
                  </Table.Th>
                  <Table.Td>{Math.round(label.score * 100)}%</Table.Td>
                  <Table.Td>{label.evidence}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Card>
  );
}
