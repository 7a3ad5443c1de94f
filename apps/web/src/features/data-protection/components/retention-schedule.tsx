import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { CentredLoader } from '../../../components/centred-loader';
import { ErrorAlert } from '../../../components/error-alert';
import { formatLondonDateTime } from '../../../lib/format';
import { useRetention } from '../api/data-protection';

/** How long each kind of record is kept, as the policy document prints it, and the latest nightly run. */
export function RetentionSchedule() {
  const retention = useRetention();
  if (retention.isPending) return <CentredLoader label="Loading the retention schedule" />;
  if (retention.error) return <ErrorAlert error={retention.error} title="The schedule could not be loaded" />;
  const { schedule, source, lastRun } = retention.data;
  const d = lastRun?.details as Record<string, number> | undefined;
  return (
    <>
      <Table striped withTableBorder>
        <Table.Caption>
          {source === 'published_policy'
            ? 'From the published policy.'
            : 'Schoolgate’s defaults: the school has not published a policy yet.'}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Record</Table.Th>
            <Table.Th scope="col">Kept</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {schedule.map((row) => (
            <Table.Tr key={row.record}>
              <Table.Th scope="row" fw={500}>
                {row.record}
              </Table.Th>
              <Table.Td>{row.kept}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text mt="sm">
        {lastRun && d
          ? `Last run ${formatLondonDateTime(lastRun.at)}: ${d.comments ?? 0} comment(s), ${d.concerns ?? 0} concern(s) and ${d.notifications ?? 0} notification(s) deleted, ${d.authorsAnonymised ?? 0} commenter(s) anonymised.`
          : 'The nightly retention job has not run for this school yet.'}
      </Text>
      <Text mt="xs">
        To change these periods, edit the “Keeping information” settings on the{' '}
        <Anchor component={Link} to="/policy">
          Policy page
        </Anchor>
        ; they take effect when the new version is published.
      </Text>
    </>
  );
}
