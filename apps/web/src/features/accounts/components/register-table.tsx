import { Anchor, Badge, Group, Stack, Table, Text } from '@mantine/core';
import type { RegisterAccount } from '@schoolgate/contracts';
import { Link } from 'react-router';
import { ScrollTable } from '../../../components/scroll-table';
import { AccountHealth } from './account-health';
import { ConnectButton } from './connect-button';
import { FLAG_LABELS, GAP_LABELS, PLATFORM_LABELS, STATUS_LABELS } from './labels';

const CONNECTABLE = new Set(['approved_not_connected', 'needs_reconnecting', 'active']);

/** The register of official accounts, each with its runners, its connection's health and what needs someone to act. */
export function RegisterTable({ accounts, mayConnect = false }: { accounts: RegisterAccount[]; mayConnect?: boolean }) {
  if (accounts.length === 0) return <Text>No official accounts yet. Approved requests appear here.</Text>;
  return (
    <ScrollTable label="Register of official accounts" minWidth={760}>
      <Table striped withTableBorder aria-label="Register of official accounts">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Account</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">Runners</Table.Th>
            <Table.Th scope="col">Health</Table.Th>
            <Table.Th scope="col">Needs attention</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {accounts.map((a) => (
            <Table.Tr key={a.id}>
              <Table.Td>
                {/* Two links a finger can tell apart: the account's page here, and the account on the platform. */}
                <Stack gap={8} align="flex-start">
                  <Anchor component={Link} to={`/accounts/${a.id}`}>
                    {PLATFORM_LABELS[a.platform]}: {a.handle}
                  </Anchor>
                  {a.link ? (
                    <Anchor href={a.link} target="_blank" rel="noreferrer" size="sm">
                      Open on {PLATFORM_LABELS[a.platform]}
                    </Anchor>
                  ) : null}
                </Stack>
              </Table.Td>
              <Table.Td>
                {STATUS_LABELS[a.status] ?? a.status}
                {mayConnect && CONNECTABLE.has(a.status) ? <ConnectButton account={a} /> : null}
              </Table.Td>
              <Table.Td>
                {a.runners.length === 0
                  ? 'None named'
                  : a.runners
                      .map((r) =>
                        r.missing.length ? `${r.name} (${r.missing.map((m) => GAP_LABELS[m]).join(', ')})` : r.name,
                      )
                      .join('; ')}
              </Table.Td>
              <Table.Td>
                <AccountHealth account={a} />
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {a.flags.map((f) => (
                    <Badge
                      key={f}
                      color={f === 'not_connected' ? 'gray' : f === 'needs_reconnecting' ? 'red' : 'orange'}
                      variant="light"
                      // Flags are short sentences ("Runner has not signed the policy"): let them wrap, in sentence
                      // case, rather than cut them off in capitals.
                      tt="none"
                      h="auto"
                      styles={{ label: { whiteSpace: 'normal', overflow: 'visible', textOverflow: 'clip' } }}
                    >
                      {FLAG_LABELS[f]}
                    </Badge>
                  ))}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
