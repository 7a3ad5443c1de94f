import {
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { PageLinkItem } from '@schoolgate/contracts';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/error-alert';
import { isApiError } from '../../../lib/api-client';
import { useAddPageLink, useDecidePageLink, usePageLinks } from '../api/stewardship';
import { formatLondonDate } from '../../sign-in/components/london-date';

const STATUS: Record<PageLinkItem['status'], { label: string; colour: string }> = {
  approved: { label: 'Approved', colour: 'green' },
  awaiting_head: { label: 'Waiting for the head', colour: 'yellow' },
  refused: { label: 'Refused', colour: 'gray' },
};

/** The pages this account likes or follows (000, 002), why, and the head's decision on commercial ones. */
export function PageLinksCard({ accountId }: { accountId: string }) {
  const pages = usePageLinks(accountId);
  const data = pages.data;
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="pages-heading">
      <Stack gap="sm">
        <Title order={2} fz="lg" id="pages-heading">
          Likes and follows
        </Title>
        <Text size="sm" c="dimmed">
          The policy allows only non-commercial pages, each for a reason; a commercial one needs the head’s approval.
        </Text>
        <ErrorAlert error={pages.error} />
        {data && data.items.length === 0 ? <Text size="sm">Nothing recorded yet.</Text> : null}
        {data && data.items.length > 0 ? (
          <Table withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Page</Table.Th>
                <Table.Th scope="col">Why</Table.Th>
                <Table.Th scope="col">Added by</Table.Th>
                <Table.Th scope="col">Status</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.items.map((p) => (
                <PageRow key={p.id} page={p} mayDecide={data.mayDecide} />
              ))}
            </Table.Tbody>
          </Table>
        ) : null}
        {data?.mayAdd ? <AddPageForm accountId={accountId} /> : null}
      </Stack>
    </Paper>
  );
}

function PageRow({ page, mayDecide }: { page: PageLinkItem; mayDecide: boolean }) {
  const decide = useDecidePageLink();
  const [note, setNote] = useState('');
  const status = STATUS[page.status];
  return (
    <Table.Tr>
      <Table.Td>
        {page.kind === 'like' ? 'Likes' : 'Follows'}{' '}
        <Anchor href={page.pageUrl} target="_blank" rel="noreferrer">
          {page.pageName}
        </Anchor>
        {page.commercial ? ' (commercial)' : ''}
      </Table.Td>
      <Table.Td>{page.reason}</Table.Td>
      <Table.Td>
        {page.addedBy}, {formatLondonDate(page.addedAt)}
      </Table.Td>
      <Table.Td>
        <Stack gap={4}>
          <Badge color={status.colour} variant="light">
            {status.label}
          </Badge>
          {page.decision ? (
            <Text size="xs">
              {page.decision.by}: “{page.decision.note}”
            </Text>
          ) : null}
          {page.status === 'awaiting_head' && mayDecide ? (
            <>
              <TextInput
                size="xs"
                aria-label={`Your reason for ${page.pageName}`}
                placeholder="Your reason"
                value={note}
                onChange={(e) => setNote(e.currentTarget.value)}
              />
              <Group gap={4}>
                <Button size="xs" onClick={() => decide.mutate({ id: page.id, decision: 'approve', note })}>
                  Approve
                </Button>
                <Button
                  size="xs"
                  color="red"
                  variant="light"
                  onClick={() => decide.mutate({ id: page.id, decision: 'refuse', note })}
                >
                  Refuse
                </Button>
              </Group>
              <ErrorAlert error={decide.error} />
            </>
          ) : null}
        </Stack>
      </Table.Td>
    </Table.Tr>
  );
}

const EMPTY = { kind: 'follow' as 'like' | 'follow', pageName: '', pageUrl: '', reason: '', commercial: false };

function AddPageForm({ accountId }: { accountId: string }) {
  const add = useAddPageLink(accountId);
  const [form, setForm] = useState(EMPTY);
  const fieldError = (f: string) => (isApiError(add.error) ? add.error.fieldMessage(f) : undefined);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        add.mutate(form, {
          onSuccess: (added) => {
            notifications.show({
              color: 'green',
              message:
                added.status === 'awaiting_head'
                  ? 'Recorded. The head has been asked to approve it: do not like or follow it until then.'
                  : 'Recorded.',
            });
            setForm(EMPTY);
          },
        });
      }}
    >
      <Stack gap="xs">
        <Title order={3} fz="md">
          Record a page
        </Title>
        <SegmentedControl
          aria-label="Like or follow"
          data={[
            { value: 'follow', label: 'Follows' },
            { value: 'like', label: 'Likes' },
          ]}
          value={form.kind}
          onChange={(kind) => setForm((f) => ({ ...f, kind: kind as 'like' | 'follow' }))}
          w="fit-content"
        />
        <Group grow align="flex-start">
          <TextInput
            label="Page name"
            value={form.pageName}
            onChange={(e) => {
              const pageName = e.currentTarget.value;
              setForm((f) => ({ ...f, pageName }));
            }}
            error={fieldError('pageName')}
          />
          <TextInput
            label="Address"
            placeholder="https://"
            value={form.pageUrl}
            onChange={(e) => {
              const pageUrl = e.currentTarget.value;
              setForm((f) => ({ ...f, pageUrl }));
            }}
            error={fieldError('pageUrl')}
          />
        </Group>
        <TextInput
          label="Why the account likes or follows it"
          value={form.reason}
          onChange={(e) => {
            const reason = e.currentTarget.value;
            setForm((f) => ({ ...f, reason }));
          }}
          error={fieldError('reason')}
        />
        <Checkbox
          label="This page is commercial (a business selling something): the head must approve it"
          checked={form.commercial}
          onChange={(e) => {
            const commercial = e.currentTarget.checked;
            setForm((f) => ({ ...f, commercial }));
          }}
        />
        {add.error && !isApiError(add.error) ? <ErrorAlert error={add.error} /> : null}
        {isApiError(add.error) && add.error.fields.length === 0 ? <ErrorAlert error={add.error} /> : null}
        <Group>
          <Button type="submit" loading={add.isPending}>
            Record
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
