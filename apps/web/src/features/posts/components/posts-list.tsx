// The school's posts, most recently changed first, a page at a time (issue 16): older posts are reached by the pager,
// not only by search. Choosing a post opens it below the list.
import { Button, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { CentredLoader } from '../../../components/centred-loader';
import { ErrorAlert } from '../../../components/error-alert';
import { Pager } from '../../../components/pager';
import { pluralAtLeast } from '../../../lib/format';
import { LIST_PAGE_SIZE, usePosts } from '../api/posts';
import { STATUS_LABELS } from './post-panel';

export function PostsList({ onOpen }: { onOpen: (id: string) => void }) {
  const [page, setPage] = useState(1);
  const posts = usePosts(page);
  if (posts.isPending) return <CentredLoader label="Loading posts" />;
  if (!posts.data) return <ErrorAlert error={posts.error} />;
  const { items, total, totalIsLowerBound } = posts.data;
  return (
    <Stack gap="xs">
      <ErrorAlert error={posts.error} />
      {items.length === 0 ? (
        <Text role="status">
          {page > 1 ? `There are no more posts after page ${(page - 1).toLocaleString('en-GB')}.` : 'No posts yet.'}
        </Text>
      ) : (
        <Table aria-label="Posts" captionSide="top">
          <Table.Caption style={{ textAlign: 'left' }}>{pluralAtLeast(total, totalIsLowerBound, 'post')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Post</Table.Th>
              <Table.Th>State</Table.Th>
              <Table.Th>Accounts</Table.Th>
              <Table.Th>Drafted by</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td>
                  <Button variant="subtle" size="compact-sm" onClick={() => onOpen(p.id)}>
                    {p.text.length > 60 ? `${p.text.slice(0, 60)}…` : p.text}
                  </Button>
                </Table.Td>
                <Table.Td>{STATUS_LABELS[p.status]}</Table.Td>
                <Table.Td>{p.accounts.map((a) => a.platform).join(', ')}</Table.Td>
                <Table.Td>{p.authorName}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Pager
        page={page}
        pageSize={LIST_PAGE_SIZE}
        total={total}
        totalIsLowerBound={totalIsLowerBound}
        itemsOnPage={items.length}
        onChange={setPage}
        label="posts"
      />
    </Stack>
  );
}
