import { Drawer, Group, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { CONSENT_USE_VALUES, type PupilConsentResponse, type RecordConsentRequest } from '@schoolgate/contracts';
import { CentredLoader } from '../../../components/centred-loader';
import { ErrorAlert } from '../../../components/error-alert';
import { can } from '../../../lib/permissions';
import { useSession } from '../../../lib/session-context';
import { StatusBadge } from '../../people/components/status-badge';
import { yearGroupLabel } from '../../people/year-groups';
import { usePupilConsent, useRecordConsent, useWithdrawConsent } from '../api/consent';
import { DECISION_LABELS, formatDate, SOURCE_LABELS, USE_LABELS } from '../consent-labels';
import { ConsentBadge } from './consent-badge';
import { RecordConsentForm } from './record-consent-form';
import { RestrictionPanel } from './restriction-panel';
import { ScrollTable } from '../../../components/scroll-table';

interface PupilConsentDrawerProps {
  pupilId: string | null;
  onClose: () => void;
}

/** One pupil: what stands for each use, the full history, and (for those allowed) forms to change it. */
export function PupilConsentDrawer({ pupilId, onClose }: PupilConsentDrawerProps) {
  const pupil = usePupilConsent(pupilId);
  const name = pupil.data ? `${pupil.data.firstName} ${pupil.data.lastName}` : 'Pupil';
  return (
    <Drawer
      opened={pupilId !== null}
      onClose={onClose}
      position="right"
      size="xl"
      title={`Consent: ${name}`}
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      <ErrorAlert error={pupil.error} title="This pupil's consent could not be loaded" />
      {pupil.isPending && pupilId ? <CentredLoader label="Loading consent" /> : null}
      {pupil.data ? <PupilConsentDetail key={pupil.data.pupilId} pupil={pupil.data} /> : null}
    </Drawer>
  );
}

function PupilConsentDetail({ pupil }: { pupil: PupilConsentResponse }) {
  const me = useSession();
  const record = useRecordConsent(pupil.pupilId);
  const withdraw = useWithdrawConsent(pupil.pupilId);
  const name = `${pupil.firstName} ${pupil.lastName}`;
  const submit = (input: RecordConsentRequest) => {
    const done = {
      onSuccess: () => notifications.show({ color: 'green', message: `The decision for ${name} has been recorded.` }),
    };
    record.reset();
    withdraw.reset();
    if (input.decision === 'withdrawn') {
      withdraw.mutate({ uses: input.uses, source: input.source, decidedOn: input.decidedOn, note: input.note }, done);
    } else record.mutate(input, done);
  };

  return (
    <Stack gap="lg">
      <Group gap="sm">
        <Text>
          {yearGroupLabel(pupil.yearGroup)}
          {pupil.className ? `, class ${pupil.className}` : ''} · MIS ID {pupil.misId}
        </Text>
        {pupil.doNotPublish ? <StatusBadge kind="doNotPublish" /> : null}
      </Group>

      <Table verticalSpacing="xs" aria-label={`Consent for ${name} today`}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Use</Table.Th>
            <Table.Th scope="col">Today</Table.Th>
            <Table.Th scope="col">Since</Table.Th>
            <Table.Th scope="col">Expires</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {CONSENT_USE_VALUES.map((use) => {
            const held = pupil.uses[use];
            return (
              <Table.Tr key={use}>
                <Table.Th scope="row" fw={500}>
                  {USE_LABELS[use]}
                </Table.Th>
                <Table.Td>
                  <ConsentBadge status={held?.status ?? 'not_recorded'} />
                </Table.Td>
                <Table.Td>{formatDate(held?.decidedOn ?? null)}</Table.Td>
                <Table.Td>{formatDate(held?.expiresOn ?? null)}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>

      {can(me, 'read:restriction') || can(me, 'update:restriction') ? (
        <RestrictionPanel
          pupilId={pupil.pupilId}
          pupilName={name}
          doNotPublish={pupil.doNotPublish}
          canRead={can(me, 'read:restriction')}
          canUpdate={can(me, 'update:restriction')}
        />
      ) : null}

      {can(me, 'update:consent') ? (
        <section aria-labelledby="record-heading">
          <Title order={3} fz="lg" id="record-heading" mb="sm">
            Record a decision
          </Title>
          <RecordConsentForm
            today={pupil.today}
            current={pupil.uses}
            pending={record.isPending || withdraw.isPending}
            error={record.error ?? withdraw.error}
            onSubmit={submit}
          />
        </section>
      ) : null}

      <section aria-labelledby="history-heading">
        <Title order={3} fz="lg" id="history-heading" mb="sm">
          History
        </Title>
        {pupil.history.length === 0 ? (
          <Text>No decision has been recorded for {name}. Without one, Schoolgate treats every use as refused.</Text>
        ) : (
          <ScrollTable label={`History of consent for ${name}`} minWidth={620}>
            <Table striped verticalSpacing="xs" aria-label={`History of consent for ${name}`}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Date</Table.Th>
                  <Table.Th scope="col">Use</Table.Th>
                  <Table.Th scope="col">Decision</Table.Th>
                  <Table.Th scope="col">Source</Table.Th>
                  <Table.Th scope="col">Recorded by</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {pupil.history.map((entry) => (
                  <Table.Tr key={entry.id}>
                    <Table.Td>{formatDate(entry.decidedOn)}</Table.Td>
                    <Table.Td>{USE_LABELS[entry.use]}</Table.Td>
                    <Table.Td>
                      {DECISION_LABELS[entry.decision]}
                      {entry.expiresOn ? ` until ${formatDate(entry.expiresOn)}` : ''}
                      {entry.note ? (
                        <Text size="xs" c="dimmed">
                          {entry.note}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td>{SOURCE_LABELS[entry.source]}</Table.Td>
                    <Table.Td>
                      {entry.recordedBy ?? 'Schoolgate'}
                      <Text size="xs" c="dimmed">
                        {formatDate(entry.recordedAt)}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
      </section>
    </Stack>
  );
}
