import { Button, Card, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import type { TrainingOverviewItem } from '@schoolgate/contracts';
import { useState } from 'react';
import { CentredLoader } from '../../../components/centred-loader';
import { ErrorAlert } from '../../../components/error-alert';
import { plural } from '../../../lib/format';
import { useRemindTraining, useTrainingOverview, type TrainingFilter } from '../api/training';
import { RecordTrainingModal } from './record-training-modal';
import { RemindOutcome } from './remind-outcome';
import { TrainingTable } from './training-table';

interface TrainingPanelProps {
  canRecord: boolean;
  canRemind: boolean;
}

/** For leaders and the DSL team: every member of staff's training, who is out of date, and reminders. */
export function TrainingPanel({ canRecord, canRemind }: TrainingPanelProps) {
  const [filter, setFilter] = useState<TrainingFilter>('all');
  const overview = useTrainingOverview(filter, true);
  // The modal lists everyone, whatever the filter shows.
  const everyone = useTrainingOverview('all', canRecord);
  const remind = useRemindTraining();
  const [modal, setModal] = useState<{ person: TrainingOverviewItem | null } | null>(null);
  const data = overview.data;

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="training-heading">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <Title order={2} id="training-heading" size="h3">
            Staff training
          </Title>
          {canRecord ? <Button onClick={() => setModal({ person: null })}>Record training</Button> : null}
        </Group>
        <ErrorAlert error={overview.error} title="Training could not be loaded" />
        {overview.isPending ? <CentredLoader label="Loading training" /> : null}
        {data ? (
          <>
            <Text>
              {/* "Overdue", not "no in-date training": a newcomer with nothing recorded yet is not overdue, and
                  someone the policy does not ask to train is not counted. */}
              {data.outOfDate === 0
                ? 'Nobody is overdue for the training they need.'
                : `${data.outOfDate.toLocaleString('en-GB')} of ${plural(data.total, 'person', 'people')} ${data.outOfDate === 1 ? 'is' : 'are'} overdue for the training they need.`}{' '}
              Training lasts {data.validityMonths} months unless a certificate says otherwise.
            </Text>
            {data.scope !== 'all_staff' ? (
              <Text>
                {data.scope === 'runners'
                  ? 'The policy asks only the staff who run the school’s accounts (for now, the account administrators) to be trained on it.'
                  : 'The policy does not ask staff to be trained on it.'}{' '}
                The DSL and deputies still need in-date DSL training.
              </Text>
            ) : null}
            <Group justify="space-between">
              <SegmentedControl
                aria-label="Show"
                value={filter}
                onChange={(value) => setFilter(value as TrainingFilter)}
                data={[
                  { value: 'all', label: 'Everyone' },
                  { value: 'out_of_date', label: 'Out of date' },
                ]}
              />
              {canRemind ? (
                <Button
                  variant="outline"
                  onClick={() => remind.mutate()}
                  loading={remind.isPending}
                  disabled={data.outOfDate === 0}
                >
                  Remind those out of date
                </Button>
              ) : null}
            </Group>
            <RemindOutcome error={remind.error} result={remind.data} nobodyText={'Nobody new to remind today.'} />
            {data.items.length === 0 ? (
              <Text role="status">Nobody is out of date.</Text>
            ) : (
              <TrainingTable
                items={data.items}
                caption={filter === 'all' ? 'Training of every member of staff' : 'Staff whose training is out of date'}
                canRecord={canRecord}
                onRecord={(person) => setModal({ person })}
              />
            )}
          </>
        ) : null}
      </Stack>
      {canRecord ? (
        <RecordTrainingModal
          opened={modal !== null}
          person={modal?.person ?? null}
          people={everyone.data?.items ?? data?.items ?? []}
          validityMonths={data?.validityMonths ?? 12}
          onClose={() => setModal(null)}
        />
      ) : null}
    </Card>
  );
}
