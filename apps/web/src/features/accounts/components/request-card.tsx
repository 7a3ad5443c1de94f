import { Alert, Badge, Button, Group, List, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import type { AccountRequestItem } from '@schoolgate/contracts';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/error-alert';
import { useConsentToRequest, useDecideRequest } from '../api/accounts';
import { GAP_LABELS, PLATFORM_LABELS } from './labels';
import { formatLondonDate } from '../../sign-in/components/london-date';

interface RequestCardProps {
  request: AccountRequestItem;
  mayDecide: boolean;
  mayConsent: boolean;
}

const STATUS_COLOUR = { pending: 'yellow', approved: 'green', rejected: 'gray' } as const;
const dateOf = formatLondonDate;

/** One request as a leader reviews it: the case, each runner's readiness, what blocks approval, and the decision. */
export function RequestCard({ request, mayDecide, mayConsent }: RequestCardProps) {
  const decide = useDecideRequest();
  const consent = useConsentToRequest();
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const headingId = `request-${request.id}`;
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} fz="md" id={headingId}>
            {PLATFORM_LABELS[request.platform]}: {request.handle}
          </Title>
          <Badge color={STATUS_COLOUR[request.status]} variant="light">
            {request.status}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          Asked by {request.requestedBy} on {dateOf(request.requestedAt)} ·{' '}
          {request.visibility === 'open' ? 'Open' : 'Closed'}
        </Text>
        <Text size="sm">
          <strong>Aim:</strong> {request.aim}
        </Text>
        <Text size="sm">
          <strong>Audience:</strong> {request.audience}
        </Text>
        <Text size="sm">
          <strong>Promotion:</strong> {request.promotion}
        </Text>
        <div>
          <Text size="sm" fw={600}>
            Runners
          </Text>
          <List size="sm">
            {request.runners.map((r) => (
              <List.Item key={r.staffId}>
                {r.name}
                {r.missing.length > 0 ? ` (${r.missing.map((m) => GAP_LABELS[m]).join(', ')})` : ' (ready)'}
              </List.Item>
            ))}
          </List>
        </div>
        {request.blockers.length > 0 ? (
          <Alert color="orange" variant="light" title="Not ready to approve">
            <List size="sm">
              {request.blockers.map((b) => (
                <List.Item key={b}>{b}</List.Item>
              ))}
            </List>
          </Alert>
        ) : null}
        {request.headConsent ? (
          <Text size="sm">
            Headteacher’s consent ({request.headConsent.by}, {dateOf(request.headConsent.at)}): “
            {request.headConsent.note}”
          </Text>
        ) : null}
        {request.decision ? (
          <Text size="sm">
            Decided by {request.decision.by} on {dateOf(request.decision.at)}: “{request.decision.reason}”
          </Text>
        ) : null}
        <ErrorAlert error={decide.error ?? consent.error} />
        {request.status === 'pending' && mayConsent && request.headConsentRequired && !request.headConsent ? (
          <Group align="flex-end">
            <Textarea
              label="Your written consent"
              autosize
              style={{ flex: 1 }}
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
            />
            <Button
              variant="light"
              loading={consent.isPending}
              onClick={() => consent.mutate({ id: request.id, note })}
            >
              Record consent
            </Button>
          </Group>
        ) : null}
        {request.status === 'pending' && mayDecide ? (
          <Stack gap="xs">
            <Textarea
              label="Reason for your decision"
              autosize
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
            />
            <Group>
              <Button
                disabled={request.blockers.length > 0}
                loading={decide.isPending}
                onClick={() => decide.mutate({ id: request.id, decision: 'approve', reason })}
              >
                Approve
              </Button>
              <Button
                color="red"
                variant="light"
                loading={decide.isPending}
                onClick={() => decide.mutate({ id: request.id, decision: 'reject', reason })}
              >
                Reject
              </Button>
            </Group>
          </Stack>
        ) : null}
      </Stack>
    </Paper>
  );
}
