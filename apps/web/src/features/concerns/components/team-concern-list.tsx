// The team's list: open concerns, urgent first, a page at a time. It names no one, so it shows without a second-factor
// check. To a person who reads no route (a governor who is not the chair) the API answers 403 and the list is not
// shown.
import { Alert, Anchor, Badge, Card, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { Pager } from '../../../components/pager';
import { ScrollTable } from '../../../components/scroll-table';
import { errorMessage, isApiError } from '../../../lib/api-client';
import { pluralAtLeast } from '../../../lib/format';
import { CONCERN_PAGE_SIZE, useConcernList } from '../api/concerns';
import { ROUTE_LABELS, TYPE_LABELS, when } from '../concern-labels';

const STATUS_NOUNS = { open: 'open concern', closed: 'closed concern', all: 'concern' } as const;

export function TeamConcernList() {
  const [status, setStatus] = useState<'open' | 'closed' | 'all'>('open');
  const [page, setPage] = useState(1);
  const list = useConcernList(status, page);
  if (list.isError && isApiError(list.error) && list.error.status === 403) return null;
  return (
    <Card withBorder padding="lg">
      <Stack>
        <Title order={2} size="h3">
          Concerns for you to follow up
        </Title>
        <SegmentedControl
          aria-label="Which concerns"
          value={status}
          onChange={(v) => {
            setStatus(v as typeof status);
            setPage(1);
          }}
          data={[
            { value: 'open', label: 'Open' },
            { value: 'closed', label: 'Closed' },
            { value: 'all', label: 'All' },
          ]}
          w="fit-content"
        />
        {list.isError ? <Alert color="red">{errorMessage(list.error)}</Alert> : null}
        {list.data && list.data.items.length === 0 ? (
          <Text c="dimmed">
            {page > 1
              ? `There are no more concerns after page ${(page - 1).toLocaleString('en-GB')}.`
              : 'No concerns here.'}
          </Text>
        ) : null}
        {list.data && list.data.items.length > 0 ? (
          <ScrollTable label="Concerns for you to follow up" minWidth={640}>
            <Table aria-label="Concerns for you to follow up" striped highlightOnHover captionSide="top">
              <Table.Caption style={{ textAlign: 'left' }}>
                {pluralAtLeast(list.data.total, list.data.totalIsLowerBound, STATUS_NOUNS[status])}
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Reference</Table.Th>
                  <Table.Th>Urgency</Table.Th>
                  <Table.Th>About</Table.Th>
                  <Table.Th>Route</Table.Th>
                  <Table.Th>Raised</Table.Th>
                  <Table.Th>Status</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items.map((item) => (
                  <Table.Tr key={item.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/concerns/${item.id}`}>
                        {item.reference}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      {item.urgency === 'urgent' ? (
                        <Badge color="red">Urgent</Badge>
                      ) : (
                        <Badge variant="outline" color="gray.8">
                          Routine
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>{TYPE_LABELS[item.type]}</Table.Td>
                    <Table.Td>{ROUTE_LABELS[item.route]}</Table.Td>
                    <Table.Td>{when(item.raisedAt)}</Table.Td>
                    <Table.Td>
                      {item.status === 'closed' ? (
                        'Closed'
                      ) : item.seen ? (
                        'Open, seen'
                      ) : (
                        <strong>New, not yet seen</strong>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        ) : null}
        {list.data ? (
          <Pager
            page={page}
            pageSize={CONCERN_PAGE_SIZE}
            total={list.data.total}
            totalIsLowerBound={list.data.totalIsLowerBound}
            itemsOnPage={list.data.items.length}
            onChange={setPage}
            label="concerns"
          />
        ) : null}
      </Stack>
    </Card>
  );
}
