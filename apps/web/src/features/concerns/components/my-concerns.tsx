// What a member of staff sees of the concerns they raised: the reference and where it has got to, nothing more.
import { Card, Stack, Table, Text, Title } from '@mantine/core';
import { useMyConcerns } from '../api/concerns';
import { TYPE_LABELS, when } from '../concern-labels';
import { ScrollTable } from '../../../components/scroll-table';

export function MyConcerns() {
  const mine = useMyConcerns();
  return (
    <Card withBorder padding="lg">
      <Stack>
        <Title order={2} size="h3">
          My concerns
        </Title>
        <Text size="sm" c="dimmed">
          The concerns you have raised. What the safeguarding team does is confidential: you see whether it has been
          read and whether it is closed.
        </Text>
        {mine.data && mine.data.items.length === 0 ? <Text>You have not raised any concerns.</Text> : null}
        {mine.data && mine.data.items.length > 0 ? (
          <ScrollTable label="Concerns you have raised" minWidth={480}>
            <Table aria-label="Concerns you have raised">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Reference</Table.Th>
                  <Table.Th>About</Table.Th>
                  <Table.Th>Raised</Table.Th>
                  <Table.Th>Status</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {mine.data.items.map((item) => (
                  <Table.Tr key={item.id} data-testid="my-concern">
                    <Table.Td>{item.reference}</Table.Td>
                    <Table.Td>{TYPE_LABELS[item.type]}</Table.Td>
                    <Table.Td>{when(item.raisedAt)}</Table.Td>
                    <Table.Td>
                      {item.status === 'closed'
                        ? `Closed ${item.closedAt ? when(item.closedAt) : ''}`
                        : item.seen
                          ? 'Read by the safeguarding team'
                          : 'Sent, not yet read'}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        ) : null}
      </Stack>
    </Card>
  );
}
