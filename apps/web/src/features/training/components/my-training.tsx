import { Anchor, Card, Stack, Table, Text, Title } from '@mantine/core';
import { API } from '@schoolgate/contracts';
import { CentredLoader } from '../../../components/centred-loader';
import { ErrorAlert } from '../../../components/error-alert';
import { useMyTraining } from '../api/training';
import { formatDate, KIND_LABELS } from './kind-labels';
import { TrainingStatusBadge } from './training-status-badge';
import { ScrollTable } from '../../../components/scroll-table';

/** Everyone's own training records, whatever their role. */
export function MyTraining() {
  const mine = useMyTraining();
  const data = mine.data;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="my-training-heading">
      <Stack gap="md">
        <Title order={2} id="my-training-heading" size="h3">
          My training
        </Title>
        <ErrorAlert error={mine.error} title="Your training could not be loaded" />
        {mine.isPending ? <CentredLoader label="Loading your training" /> : null}
        {data && !data.hasStaffRecord ? <Text>You have no staff record in this school.</Text> : null}
        {data?.hasStaffRecord && !data.required ? (
          <Text>Your school’s social media policy does not ask you to be trained on it.</Text>
        ) : null}
        {data?.hasStaffRecord && data.required && data.items.length === 0 ? (
          <Text>No training has been recorded for you yet. The school office records it when you complete it.</Text>
        ) : null}
        {data && data.items.length > 0 ? (
          <ScrollTable label="Your training records" minWidth={560}>
            <Table striped verticalSpacing="xs" captionSide="top">
              <Table.Caption style={{ textAlign: 'left' }}>Your training records, newest first</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Training</Table.Th>
                  <Table.Th scope="col">Completed</Table.Th>
                  <Table.Th scope="col">Expires</Table.Th>
                  <Table.Th scope="col">Status</Table.Th>
                  <Table.Th scope="col">Certificate</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((r) => (
                  <Table.Tr key={r.id}>
                    <Table.Th scope="row" fw={600}>
                      {KIND_LABELS[r.kind]}
                      {r.title ? (
                        <Text size="xs" c="dimmed">
                          {r.title}
                        </Text>
                      ) : null}
                    </Table.Th>
                    <Table.Td>{formatDate(r.completedOn)}</Table.Td>
                    <Table.Td>{r.expiresOn ? formatDate(r.expiresOn) : 'Does not expire'}</Table.Td>
                    <Table.Td>
                      <TrainingStatusBadge status={r.status} />
                    </Table.Td>
                    <Table.Td>
                      {r.evidence ? (
                        <Anchor href={API.trainingEvidence(r.id)} download>
                          {r.evidence.fileName}
                        </Anchor>
                      ) : (
                        '–'
                      )}
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
