import { Anchor, Checkbox, Table, Text } from '@mantine/core';
import type { QueueItem } from '@schoolgate/contracts';
import { Link } from 'react-router';
import { DECISION_LABELS, lookup, PLATFORM_LABELS } from '../labels';
import { AuthorName, authorDisplayName } from './author-name';
import { DeadlineText } from './deadline-text';
import { LabelBadges } from './label-badges';
import { PlatformStateBadge } from './platform-state-badge';
import { SeverityBadge } from './severity-badge';
import { ScrollTable } from '../../../components/scroll-table';

interface QueueTableProps {
  items: QueueItem[];
  caption: string;
  /** Null: the person may not act on comments, so there is nothing to select. */
  selected: Set<string> | null;
  onToggle: (id: string) => void;
  onToggleAll: (select: boolean) => void;
}

export function QueueTable({ items, caption, selected, onToggle, onToggleAll }: QueueTableProps) {
  const selectedHere = selected ? items.filter((item) => selected.has(item.id)).length : 0;
  return (
    <ScrollTable label={caption} minWidth={960}>
      <Table striped verticalSpacing="sm" captionSide="top">
        <Table.Caption style={{ textAlign: 'left' }}>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {selected ? (
              <Table.Th scope="col" w={40}>
                <Checkbox
                  aria-label="Select every comment on this page"
                  checked={items.length > 0 && selectedHere === items.length}
                  indeterminate={selectedHere > 0 && selectedHere < items.length}
                  onChange={(e) => onToggleAll(e.currentTarget.checked)}
                />
              </Table.Th>
            ) : null}
            <Table.Th scope="col">Severity</Table.Th>
            <Table.Th scope="col">Comment</Table.Th>
            <Table.Th scope="col">Author</Table.Th>
            <Table.Th scope="col">Account</Table.Th>
            <Table.Th scope="col">Labels</Table.Th>
            <Table.Th scope="col">On the platform</Table.Th>
            <Table.Th scope="col">Response</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id}>
              {selected ? (
                <Table.Td>
                  <Checkbox
                    aria-label={`Select the comment by ${authorDisplayName(item.author)}`}
                    checked={selected.has(item.id)}
                    onChange={() => onToggle(item.id)}
                  />
                </Table.Td>
              ) : null}
              <Table.Td>
                <SeverityBadge severity={item.severity} />
              </Table.Td>
              <Table.Td maw={260}>
                <Anchor component={Link} to={`/moderation/comments/${item.id}`} size="sm" lineClamp={3}>
                  {item.text}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <AuthorName author={item.author} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{item.account.displayName}</Text>
                <Text size="xs" c="dimmed">
                  {lookup(PLATFORM_LABELS, item.platform)}
                </Text>
              </Table.Td>
              <Table.Td maw={200}>
                <LabelBadges labels={item.labels} />
              </Table.Td>
              <Table.Td>
                <PlatformStateBadge state={item.platformState} />
                <Text size="xs" mt={4}>
                  Settings: {lookup(DECISION_LABELS, item.decision).toLowerCase()}
                </Text>
              </Table.Td>
              <Table.Td>
                <DeadlineText {...item} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
