// One concern for the team: what was raised, who it names, its files, the chronology, and the next steps. Opens only
// after a second-factor check; to anyone who may not read it, it is not found.
import {
  Alert,
  Anchor,
  Badge,
  Card,
  Group,
  List,
  Loader,
  SimpleGrid,
  Stack,
  Text,
  Timeline,
  Title,
} from '@mantine/core';
import { API } from '@schoolgate/contracts';
import { useParams } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { errorMessage } from '../../../lib/api-client';
import { needsSecondFactor, useConcern } from '../api/concerns';
import { AddEntryForm, CloseConcernForm } from '../components/concern-actions';
import { SecondFactorPrompt } from '../components/second-factor-prompt';
import { AGENCY_LABELS, ENTRY_LABELS, OUTCOME_LABELS, ROUTE_LABELS, TYPE_LABELS, when } from '../concern-labels';

export function ConcernRoute() {
  const { id = '' } = useParams();
  const concern = useConcern(id);
  if (concern.isPending) return <Loader aria-label="Loading the concern" />;
  if (concern.isError) {
    if (needsSecondFactor(concern.error)) {
      return (
        <>
          <PageHeader title="Concern" />
          <SecondFactorPrompt />
        </>
      );
    }
    return (
      <>
        <PageHeader title="Concern" />
        <Alert color="red">{errorMessage(concern.error)}</Alert>
      </>
    );
  }
  const c = concern.data;
  return (
    <>
      <PageHeader
        title={`Concern ${c.reference}`}
        description={`${TYPE_LABELS[c.type]} · ${ROUTE_LABELS[c.route]}`}
        actions={
          <Anchor href={API.concernExport(c.id)} download>
            Export (PDF and files)
          </Anchor>
        }
      />
      <Stack gap="lg">
        <Group gap="xs">
          {c.urgency === 'urgent' ? <Badge color="red">Urgent</Badge> : <Badge color="gray.8">Routine</Badge>}
          <Badge color={c.status === 'open' ? 'blue.8' : 'dark'}>{c.status === 'open' ? 'Open' : 'Closed'}</Badge>
        </Group>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Card withBorder padding="lg">
            <Stack gap="xs">
              <Title order={2} size="h3">
                What happened
              </Title>
              <Text style={{ whiteSpace: 'pre-wrap' }}>{c.whatHappened}</Text>
              <Text size="sm">
                Raised {when(c.raisedAt)} by {c.raisedBy ?? 'unknown'}
                {c.happenedAt ? `; happened ${when(c.happenedAt)}` : ''}
              </Text>
              {c.contact ? (
                <Text size="sm">
                  Contact: {[c.contact.name, c.contact.email, c.contact.phone].filter(Boolean).join(', ')}
                </Text>
              ) : null}
            </Stack>
          </Card>
          <Card withBorder padding="lg">
            <Stack gap="xs">
              <Title order={2} size="h3">
                People and files
              </Title>
              {c.people.length === 0 ? <Text size="sm">No one named.</Text> : null}
              <List>
                {c.people.map((p) => (
                  <List.Item key={`${p.kind}-${p.name}`}>
                    {p.name}{' '}
                    <Text span c="dimmed" size="sm">
                      ({p.kind})
                    </Text>
                  </List.Item>
                ))}
              </List>
              <List>
                {c.files.map((f) => (
                  <List.Item key={f.id}>
                    <Anchor href={API.concernFile(c.id, f.id)} download>
                      {f.fileName}
                    </Anchor>
                  </List.Item>
                ))}
              </List>
            </Stack>
          </Card>
        </SimpleGrid>
        <Card withBorder padding="lg">
          <Title order={2} size="h3" mb="md">
            Chronology
          </Title>
          <Timeline bulletSize={14} lineWidth={2} active={c.entries.length}>
            {c.entries.map((e) => (
              <Timeline.Item key={e.id} title={`${ENTRY_LABELS[e.kind]}${e.by ? `, ${e.by}` : ''}`}>
                <Text size="xs" c="dimmed">
                  {when(e.at)}
                </Text>
                {e.agency ? (
                  <Text size="sm">
                    {AGENCY_LABELS[e.agency]}
                    {e.agencyReference ? `, reference ${e.agencyReference}` : ''}
                  </Text>
                ) : null}
                {e.text ? (
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {e.text}
                  </Text>
                ) : null}
              </Timeline.Item>
            ))}
          </Timeline>
        </Card>
        {c.status === 'open' ? (
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <AddEntryForm concernId={c.id} />
            <CloseConcernForm concernId={c.id} />
          </SimpleGrid>
        ) : (
          <Alert color="green" title={`Closed: ${c.outcome ? OUTCOME_LABELS[c.outcome] : ''}`}>
            {c.rationale}
          </Alert>
        )}
      </Stack>
    </>
  );
}
