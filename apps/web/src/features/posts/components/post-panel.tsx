// One post (issue 11): the checks with their reasons and clauses, its images with their descriptions, approval
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
  Image,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { POSTS_API, type PostDetail } from '@schoolgate/contracts';
import { type PublicationCheck } from '@schoolgate/domain/shared';
import { useState } from 'react';
import { photoFileProblem } from './photo-file-check';
import { ErrorAlert } from '../../../components/error-alert';
import { useAddImage, useApprovePost, useDescribeImage, usePublishPost } from '../api/posts';
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

const readFile = (file: File) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });

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

function Images({ post }: { post: PostDetail }) {
  const add = useAddImage();
  const describe = useDescribeImage();
  const [file, setFile] = useState<File | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [alt, setAlt] = useState('');
  // A new key empties the file field once its photo is uploaded.
  const [picker, setPicker] = useState(0);
  const [edits, setEdits] = useState<Record<string, string>>({});
  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        Photos
      </Title>
      {post.images.map((image, n) => (
        <Group key={image.id} align="flex-end">
          <Image src={POSTS_API.thumbnail(post.id, image.id)} alt={image.altText ?? ''} w={120} radius="sm" />
          {post.can.edit ? (
            <>
              <TextInput
                label={`Description of photo ${n + 1}`}
                value={edits[image.id] ?? image.altText ?? ''}
                onChange={(e) => setEdits({ ...edits, [image.id]: e.currentTarget.value })}
              />
              <Button
                variant="light"
                onClick={() => describe.mutate({ id: post.id, imageId: image.id, altText: edits[image.id] ?? '' })}
              >
                Save description
              </Button>
            </>
          ) : (
            <Text size="sm">{image.altText ?? 'No description'}</Text>
          )}
        </Group>
      ))}
      {post.can.edit ? (
        <Group align="flex-end">
          <label>
            <Text size="sm" fw={500}>
              Add a photo
            </Text>
            <input
              key={picker}
              type="file"
              accept="image/jpeg,image/png,image/webp"
              aria-label="Add a photo"
              onChange={(e) => {
                const chosen = e.currentTarget.files?.[0] ?? null;
                const problem = photoFileProblem(chosen);
                setFileProblem(problem);
                setFile(problem ? null : chosen);
              }}
            />
            <Text size="xs" c="dimmed">
              Photos only: videos are not sent to the platforms yet.
            </Text>
          </label>
          <TextInput
            label="Describe the photo (alt text)"
            value={alt}
            onChange={(e) => setAlt(e.currentTarget.value)}
          />
          <Button
            disabled={!file}
            loading={add.isPending}
            onClick={async () => {
              if (!file) return;
              add.mutate(
                { id: post.id, fileName: file.name, base64: await readFile(file), altText: alt },
                {
                  onSuccess: () => {
                    setFile(null);
                    setAlt('');
                    setPicker((n) => n + 1);
                  },
                },
              );
            }}
          >
            Upload photo
          </Button>
        </Group>
      ) : null}
      {fileProblem ? (
        <Alert color="red" role="alert" title="This file cannot be added">
          {fileProblem}
        </Alert>
      ) : null}
      <Text size="xs" c="dimmed">
        Location and camera details are removed from every photo when it is uploaded.
      </Text>
      <ErrorAlert error={add.error ?? describe.error} />
    </Stack>
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
        <Images post={post} />
        <Approval post={post} />
        <Record post={post} />
      </Stack>
    </Card>
  );
}
