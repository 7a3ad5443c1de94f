import { Alert, Anchor, Button, Card, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { API, type AuthorDetail } from '@schoolgate/contracts';
import { Link, useParams } from 'react-router';
import { CentredLoader } from '../../../components/centred-loader';
import { ErrorAlert } from '../../../components/error-alert';
import { PageHeader } from '../../../components/page-header';
import { plural } from '../../../lib/format';
import { useSession } from '../../../lib/session-context';
import { NoAccess } from '../../shell/components/no-access';
import { useAuthor, useRecordAuthorStep, type AuthorStepInput } from '../api/moderation';
import { AuthorCommentsTable } from '../components/author-comments-table';
import { authorDisplayName } from '../components/author-name';
import { LadderStepper } from '../components/ladder-stepper';
import { PressToggle } from '../components/press-toggle';
import { RecordStepForm } from '../components/record-step-form';
import { LADDER_STEP_LABELS, lookup, PLATFORM_LABELS } from '../labels';
import { canModerate } from '../moderation-permissions';

export function AuthorRoute() {
  const me = useSession();
  const { id = '' } = useParams();
  if (!canModerate(me, 'read:comment')) return <NoAccess title="Author" />;
  return <AuthorPage id={id} />;
}

function AuthorPage({ id }: { id: string }) {
  const author = useAuthor(id);
  if (author.isPending) {
    return (
      <>
        <PageHeader title="Author" />
        <CentredLoader label="Loading the author" />
      </>
    );
  }
  if (author.isError) {
    return (
      <>
        <PageHeader title="Author" />
        <ErrorAlert error={author.error} title="The author could not be loaded" />
      </>
    );
  }
  return <AuthorDetails author={author.data} />;
}

function AuthorDetails({ author }: { author: AuthorDetail }) {
  const me = useSession();
  const record = useRecordAuthorStep(author.id);
  const name = authorDisplayName(author);
  const mayEscalate = canModerate(me, 'escalate:author');
  const platform = lookup(PLATFORM_LABELS, author.platform);
  // A block the platform refused (or could not be asked for): the steps to do it by hand, until it is recorded.
  const manual = record.data?.stepOutcome?.outcome === 'manual_needed' ? record.data.stepOutcome : null;
  const save = (input: AuthorStepInput) =>
    record.mutate(input, {
      onSuccess: (result) => {
        if (result.stepOutcome?.outcome === 'manual_needed') return;
        notifications.show({ message: result.stepOutcome?.message ?? 'The step has been recorded.', color: 'green' });
      },
    });
  return (
    <>
      <PageHeader
        title={name}
        documentTitle={`Author: ${name}`}
        description={
          <Anchor component={Link} to="/moderation">
            Back to the comments
          </Anchor>
        }
      />
      <Stack gap="lg">
        <Card withBorder padding="lg">
          <SimpleGrid cols={{ base: 1, sm: 3 }} component="dl" m={0}>
            <div>
              <Text component="dt" size="sm" c="dimmed">
                Platform
              </Text>
              <Text component="dd" m={0}>
                {platform}
                {author.handle ? `: @${author.handle}` : ''}
              </Text>
            </div>
            <div>
              <Text component="dt" size="sm" c="dimmed">
                Comments removed (hidden or deleted)
              </Text>
              <Text component="dd" m={0} fw={600}>
                {author.removals}
              </Text>
            </div>
            <div>
              <Text component="dt" size="sm" c="dimmed">
                Press
              </Text>
              <Text component="dd" m={0}>
                <PressToggle authorId={author.id} isPress={author.isPress} canChange={mayEscalate} />
              </Text>
            </div>
          </SimpleGrid>
        </Card>
        <Card withBorder padding="lg">
          <Stack gap="md">
            <Title order={2} size="h3">
              Steps taken
            </Title>
            {author.suggestedNextStep ? (
              <Alert
                color="orange"
                variant="light"
                title={`Suggested next step: ${lookup(LADDER_STEP_LABELS, author.suggestedNextStep)}`}
              >
                {author.suggestionReason ?? 'This author has passed the number of removals your policy allows.'}
              </Alert>
            ) : null}
            <LadderStepper ladder={author.ladder} steps={author.steps} suggestedNextStep={author.suggestedNextStep} />
            {mayEscalate && manual ? (
              <Alert color="orange" variant="light" title="The block needs doing by hand on the platform">
                <Stack gap="sm">
                  <Text size="sm">{manual.message}</Text>
                  <List type="ordered" size="sm" spacing={4}>
                    {manual.manualSteps.map((step) => (
                      <List.Item key={step}>{step}</List.Item>
                    ))}
                  </List>
                  <div>
                    <Button
                      color="#8a3a00"
                      loading={record.isPending}
                      onClick={() => save({ ...record.variables, step: 'block', doneByHand: true })}
                    >
                      I have done these steps: record the block
                    </Button>
                  </div>
                </Stack>
              </Alert>
            ) : null}
            {mayEscalate ? (
              <>
                <Title order={3} size="h4">
                  Record a step
                </Title>
                {author.blocking && !author.blocking.viaApi ? (
                  <Alert color="blue" variant="light" title={`Blocking on ${platform} is done by hand`}>
                    <Stack gap="xs">
                      <Text size="sm">
                        {author.blocking.note ?? `${platform} does not let Schoolgate block people.`} Do it on{' '}
                        {platform}, then record the block here.
                      </Text>
                      <List type="ordered" size="sm" spacing={4}>
                        {author.blocking.manualSteps.map((step) => (
                          <List.Item key={step}>{step}</List.Item>
                        ))}
                      </List>
                    </Stack>
                  </Alert>
                ) : null}
                <RecordStepForm
                  // A new form once a step is recorded, starting on the next rung.
                  key={author.steps.length}
                  ladder={author.ladder}
                  suggestedNextStep={author.suggestedNextStep}
                  taken={author.steps.map((step) => step.action)}
                  pending={record.isPending}
                  error={record.error}
                  onSave={save}
                />
              </>
            ) : null}
          </Stack>
        </Card>
        <Card withBorder padding="lg">
          <Stack gap="sm">
            <Title order={2} size="h3">
              Comments
            </Title>
            <AuthorCommentsTable
              comments={author.comments}
              caption={`${plural(author.comments.length, 'comment')} by ${name} on the school's accounts, newest first`}
              empty="No comments from this author."
            />
          </Stack>
        </Card>
        <Card withBorder padding="lg">
          <Stack gap="sm" align="flex-start">
            <Title order={2} size="h3">
              Evidence pack
            </Title>
            <Text size="sm">
              One ZIP file with every comment by {name}, the evidence kept for each and the steps taken, with a list of
              SHA-256 fingerprints. Give it to the platform, a solicitor or the police.
            </Text>
            <Button component="a" href={API.moderationAuthorEvidence(author.id)} download variant="default">
              Download evidence pack
            </Button>
          </Stack>
        </Card>
      </Stack>
    </>
  );
}
