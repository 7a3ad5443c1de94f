// One post (issue 11): the checks with their reasons and clauses, its photos or video (post-media.tsx), approval
// (with a reason for any advisory finding sent anyway), publishing now or at a time, and the published record with
// the consent of every tagged pupil at that moment.
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { type PostDetail } from '@schoolgate/contracts';
import { type PublicationCheck } from '@schoolgate/domain/shared';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/error-alert';
import { useApprovePost, usePublishPost } from '../api/posts';
import { PostMedia } from './post-media';
import { PostEditor } from './post-editor';

export const STATUS_LABELS: Record<string, string> = {
  draft: 'Draft',
  approved: 'Approved',
  scheduled: 'Scheduled',
  publishing: 'Publishing',
  published: 'Published',
  failed: 'Failed',
  pending: 'Waiting',
  taken_down: 'Taken down',
};
const CONSENT_WORDS: Record<string, string> = {
  granted: 'Granted',
  refused: 'Refused',
  withdrawn: 'Withdrawn',
  expired: 'Expired',
  not_recorded: 'Not recorded',
};
const when = (iso: string | null) =>
  iso
    ? new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/London' })
    : '';

function Findings({ post }: { post: PostDetail }) {
  if (post.findings.length === 0) {
    return (
      <Alert color="green" title="Checks passed" variant="light">
        Nothing in this post breaks the policy.
      </Alert>
    );
  }
  return (
    <Alert color="red" title="Checks: what stops this post" variant="light" role="alert">
      <Stack gap="xs">
        {post.findings.map((f, i) => (
          <div key={`${f.check}-${i}`}>
            <Text size="sm" fw={600}>
              {f.reason}
            </Text>
            <Text size="sm">
              Policy: {f.clause}{' '}
              <Badge size="sm" color={f.overridable ? 'yellow' : 'red'} variant="light">
                {f.overridable ? 'May go with a reason' : 'Cannot be overridden'}
              </Badge>
            </Text>
          </div>
        ))}
      </Stack>
    </Alert>
  );
}

function Approval({ post }: { post: PostDetail }) {
  const approve = useApprovePost();
  const publish = usePublishPost();
  const [checks, setChecks] = useState<string[]>([]);
  const [reason, setReason] = useState('');
  const [at, setAt] = useState('');
  const advisory = post.findings.filter((f) => f.overridable);
  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        Approval
      </Title>
      <Text size="sm">
        {post.approvals.length} of {post.approvalsRequired} approval{post.approvalsRequired === 1 ? '' : 's'}
        {post.controversial ? ', one from the head or a senior leader' : ''}.{' '}
        {post.approvals.map((a) => `Approved by ${a.name ?? 'someone'} on ${when(a.at)}.`).join(' ')}
      </Text>
      {post.can.why.map((w) => (
        <Text key={w} size="sm" c="dimmed">
          {w}
        </Text>
      ))}
      {post.can.approve && advisory.length > 0 ? (
        <>
          <Checkbox.Group label="Send anyway despite" value={checks} onChange={setChecks}>
            {advisory.map((f) => (
              <Checkbox key={f.check} value={f.check} label={f.reason} mt={4} />
            ))}
          </Checkbox.Group>
          <Textarea label="Why (recorded)" value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
        </>
      ) : null}
      {post.can.approve ? (
        <Group>
          <Button
            loading={approve.isPending}
            onClick={() =>
              approve.mutate({
                id: post.id,
                ...(checks.length ? { override: { checks: checks as PublicationCheck[], reason } } : {}),
              })
            }
          >
            Approve
          </Button>
        </Group>
      ) : null}
      <ErrorAlert error={approve.error} title="Not approved" />
      {post.can.publish ? (
        <Group align="flex-end">
          <Button loading={publish.isPending} onClick={() => publish.mutate({ id: post.id })}>
            Publish now
          </Button>
          <TextInput
            type="datetime-local"
            label="Or publish at"
            value={at}
            onChange={(e) => setAt(e.currentTarget.value)}
          />
          <Button
            variant="light"
            disabled={!at}
            onClick={() => publish.mutate({ id: post.id, at: new Date(at).toISOString() })}
          >
            Schedule
          </Button>
        </Group>
      ) : null}
      <ErrorAlert error={publish.error} title="Not published" />
    </Stack>
  );
}

function Record({ post }: { post: PostDetail }) {
  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        Where it goes
      </Title>
      <Table aria-label="Accounts and what happened">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Account</Table.Th>
            <Table.Th>State</Table.Th>
            <Table.Th>On the platform</Table.Th>
            <Table.Th>Consent when sent</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {post.targets.map((t) => (
            <Table.Tr key={t.accountId}>
              <Table.Td>
                {t.platform}: {t.handle}
              </Table.Td>
              <Table.Td>
                {STATUS_LABELS[t.status] ?? t.status}
                {t.attempts > 0 && t.status !== 'published' ? ` after ${t.attempts} attempt(s)` : ''}
                {t.lastError ? <Text size="xs">{t.lastError}</Text> : null}
              </Table.Td>
              <Table.Td>
                {t.permalink ? <Anchor href={t.permalink}>{t.externalPostId}</Anchor> : (t.externalPostId ?? '')}
                {t.publishedAt ? <Text size="xs">{when(t.publishedAt)}</Text> : null}
              </Table.Td>
              <Table.Td>
                {(t.consentSnapshot ?? []).map((c) => (
                  <Text key={c.pupilId} size="xs">
                    {c.pupilName}: photo {CONSENT_WORDS[c.photo] ?? c.photo}, name {CONSENT_WORDS[c.name] ?? c.name}
                    {c.doNotPublish ? ', do not publish' : ''}
                  </Text>
                ))}
                {t.consentSnapshot && t.consentSnapshot.length === 0 ? <Text size="xs">No pupil tagged</Text> : null}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

export function PostPanel({ post }: { post: PostDetail }) {
  return (
    <Card withBorder padding="lg" component="section" aria-label="The post">
      <Stack gap="lg">
        <Group justify="space-between">
          <Title order={2} size="h3">
            {STATUS_LABELS[post.status]}: drafted by {post.authorName ?? 'someone'}
          </Title>
          {post.scheduledFor && post.status === 'scheduled' ? (
            <Text size="sm">Scheduled for {when(post.scheduledFor)}</Text>
          ) : null}
        </Group>
        <Findings post={post} />
        {post.can.edit ? (
          <PostEditor key={post.updatedAt} post={post} onSaved={() => undefined} />
        ) : (
          <Text style={{ whiteSpace: 'pre-wrap' }}>{post.text}</Text>
        )}
        <PostMedia post={post} />
        <Approval post={post} />
        <Record post={post} />
      </Stack>
    </Card>
  );
}
