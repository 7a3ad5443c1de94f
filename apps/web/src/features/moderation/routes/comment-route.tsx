import { Alert, Anchor, Card, Stack, Title } from '@mantine/core';
import { API } from '@schoolgate/contracts';
import { Link, useParams } from 'react-router';
import { CentredLoader } from '../../../components/centred-loader';
import { ErrorAlert } from '../../../components/error-alert';
import { PageHeader } from '../../../components/page-header';
import { useSession } from '../../../lib/session-context';
import { can } from '../../../lib/permissions';
import { NoAccess } from '../../shell/components/no-access';
import { useComment } from '../api/moderation';
import { AuthorCommentsTable } from '../components/author-comments-table';
import { authorDisplayName } from '../components/author-name';
import { ClassifierLabels } from '../components/classifier-labels';
import { CommentActions } from '../components/comment-actions';
import { CommentHistory } from '../components/comment-history';
import { CommentOverview } from '../components/comment-overview';
import { EvidencePanel } from '../components/evidence-panel';
import { RaiseConcernFromComment } from '../components/raise-concern-from-comment';
import { canModerate } from '../moderation-permissions';

export function CommentRoute() {
  const me = useSession();
  const { id = '' } = useParams();
  const allowed = canModerate(me, 'read:comment');
  if (!allowed) return <NoAccess title="Comment" />;
  return <CommentPage id={id} />;
}

function CommentPage({ id }: { id: string }) {
  const me = useSession();
  const comment = useComment(id);
  const back = (
    <Anchor component={Link} to="/moderation">
      Back to the comments
    </Anchor>
  );
  if (comment.isPending) {
    return (
      <>
        <PageHeader title="Comment" />
        <CentredLoader label="Loading the comment" />
      </>
    );
  }
  if (comment.isError) {
    return (
      <>
        <PageHeader title="Comment" />
        <Stack gap="md" align="flex-start">
          <ErrorAlert error={comment.error} title="The comment could not be loaded" />
          {back}
        </Stack>
      </>
    );
  }
  const data = comment.data;
  const author = authorDisplayName(data.author);
  return (
    <>
      <PageHeader title={`Comment by ${author}`} documentTitle="Comment" description={back} />
      <Stack gap="lg">
        <CommentOverview comment={data} />
        <RaiseConcernFromComment
          commentId={data.id}
          labels={data.labels}
          // Whoever may read the comment may raise a concern from it (the API's rule): the DSL team too, whom an
          // alerting comment tells first, though they do not moderate.
          canRaise={canModerate(me, 'read:comment') && can(me, 'create:concern')}
        />
        {canModerate(me, 'moderate:comment') && data.mayAct === false ? (
          <Alert variant="light" color="gray" title="You do not run this account">
            Only the runners of {data.account.displayName} and the head act on its comments. You can read it and tell
            one of them.
          </Alert>
        ) : null}
        <CommentActions
          comment={data}
          canModerate={canModerate(me, 'moderate:comment') && data.mayAct !== false}
          canApprovePress={canModerate(me, 'approve:press')}
        />
        <ClassifierLabels labels={data.labels} />
        <CommentHistory comment={data} />
        <EvidencePanel evidence={data.evidence} downloadHref={API.moderationCommentEvidence(data.id)} />
        <Card withBorder padding="lg">
          <Stack gap="sm">
            <Title order={2} size="h3">
              Other comments by {author}
            </Title>
            <AuthorCommentsTable
              comments={data.authorHistory}
              caption={`Other comments by ${author} on the school's accounts, newest first`}
              empty="This is the only comment by this author on the school's accounts."
            />
            <Anchor component={Link} to={`/moderation/authors/${data.author.id}`}>
              See {author}&apos;s full history and the steps taken
            </Anchor>
          </Stack>
        </Card>
      </Stack>
    </>
  );
}
