import { Anchor, Stack, Text } from '@mantine/core';
import { API, type TrainingKindSummary } from '@schoolgate/contracts';
import { formatDate } from './kind-labels';
import { TrainingStatusBadge } from './training-status-badge';

/** One kind of training for one person: its status, until when, and the certificate if there is one. */
export function TrainingCell({ summary, label }: { summary: TrainingKindSummary; label: string }) {
  const latest = summary.latest;
  return (
    <Stack gap={2} align="flex-start">
      <TrainingStatusBadge status={summary.status} />
      {latest ? (
        <Text size="xs">
          {latest.expiresOn
            ? `${summary.status === 'expired' ? 'Ended' : 'Until'} ${formatDate(latest.expiresOn)}`
            : `Done ${formatDate(latest.completedOn)}`}
        </Text>
      ) : null}
      {latest?.evidence ? (
        <Anchor size="xs" href={API.trainingEvidence(latest.id)} download aria-label={`Certificate for ${label}`}>
          Certificate
        </Anchor>
      ) : null}
    </Stack>
  );
}
