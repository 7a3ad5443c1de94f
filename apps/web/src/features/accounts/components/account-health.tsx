import { List, Text } from '@mantine/core';
import type { RegisterAccount } from '@schoolgate/contracts';
import { formatLondonDateTime } from '../../../lib/format';

const when = (iso: string | null) => (iso ? formatLondonDateTime(iso) : null);

/** An account's connection health in plain words: what arrives, how long the access lasts, what is missing. */
export function AccountHealth({ account }: { account: RegisterAccount }) {
  const h = account.health;
  if (account.status === 'approved_not_connected') return <Text size="sm">Not connected yet.</Text>;
  const lines: string[] = [];
  if (account.status === 'needs_reconnecting') {
    lines.push(h.reconnectReason ?? 'The platform no longer accepts Schoolgate’s access.');
    lines.push('Comments are not hidden or answered from Schoolgate until it is reconnected.');
  }
  lines.push(h.lastDeliveryAt ? `Last comment received ${when(h.lastDeliveryAt)}.` : 'No comments received yet.');
  if (account.platform === 'x') {
    lines.push(h.lastPollAt ? `Last checked on X ${when(h.lastPollAt)}.` : 'Not checked on X yet.');
  } else if (h.webhookSubscribed === true) {
    lines.push('Comments arrive as they are written.');
  } else if (h.webhookSubscribed === false) {
    lines.push(
      'The Page is not subscribed to Schoolgate, so comments do not arrive: reconnect and allow every permission.',
    );
  }
  if (h.missingPermissions.length > 0) {
    lines.push(`Permission not granted: ${h.missingPermissions.join(', ')}. Reconnect and leave every box ticked.`);
  }
  if (h.tokenExpiresAt) {
    lines.push(
      account.platform === 'x'
        ? `Access renews by itself (next by ${when(h.tokenExpiresAt)}).`
        : `Access runs out ${when(h.tokenExpiresAt)}: reconnect before then.`,
    );
  } else if (h.connectedAt) {
    lines.push('Access does not run out.');
  }
  return (
    <List size="sm" spacing={2}>
      {lines.map((line) => (
        <List.Item key={line}>{line}</List.Item>
      ))}
    </List>
  );
}
