export const PLATFORM_LABELS: Record<string, string> = { facebook: 'Facebook', instagram: 'Instagram', x: 'X' };

export const STATUS_LABELS: Record<string, string> = {
  active: 'Connected',
  approved_not_connected: 'Approved, not connected',
  closed: 'Closed',
  needs_reconnecting: 'Needs reconnecting',
};

export const FLAG_LABELS: Record<string, string> = {
  too_few_runners: 'Too few runners',
  runner_lapsed: 'Runner lapsed',
  not_connected: 'Not connected yet',
  needs_reconnecting: 'Needs reconnecting',
  permission_missing: 'A permission is missing',
  webhook_not_subscribed: 'Comments are not arriving',
  token_expiring: 'Access runs out soon',
  poll_overdue: 'Not checked for an hour',
};

export const GAP_LABELS: Record<string, string> = {
  signature: 'has not signed the policy',
  training: 'training not in date',
  inactive: 'has left',
};
