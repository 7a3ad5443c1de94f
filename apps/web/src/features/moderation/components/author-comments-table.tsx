import { Anchor, Table, Text } from '@mantine/core';
import type { AuthorDetail } from '@schoolgate/contracts';
import { Link } from 'react-router';
import { formatLondonDateTime } from '../../../lib/format';
import { DECISION_LABELS, lookup } from '../labels';
import { PlatformStateBadge } from './platform-state-badge';
import { ScrollTable } from '../../../components/scroll-table';

interface AuthorCommentsTableProps {
  comments: AuthorDetail['comments'];
  caption: string;
  empty: string;
}

/** An author's comments on the school's accounts, newest first, each linking to its own page. */
export function AuthorCommentsTable({ comments, caption, empty }: AuthorCommentsTableProps) {
  if (comments.length === 0) return <Text size="sm">{empty}</Text>;
  return (
    <ScrollTable label={caption} minWidth={640}>
      <Table captionSide="top" verticalSpacing="xs" striped>
        <Table.Caption style={{ textAlign: 'left' }}>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Posted</Table.Th>
            <Table.Th scope="col">Comment</Table.Th>
            <Table.Th scope="col">Settings decided</Table.Th>
            <Table.Th scope="col">On the platform</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {comments.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatLondonDateTime(c.postedAt)}</Table.Td>
              <Table.Td maw={420}>
                <Anchor component={Link} to={`/moderation/comments/${c.id}`} size="sm" lineClamp={2}>
                  {c.text}
                </Anchor>
              </Table.Td>
              <Table.Td>{lookup(DECISION_LABELS, c.decision)}</Table.Td>
              <Table.Td>
                <PlatformStateBadge state={c.platformState} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
