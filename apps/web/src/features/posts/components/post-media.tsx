// A post's photos or its video (issue 11), with their descriptions. One picker takes either: a photo (JPEG, PNG,
// WebP) or one short video (MP4 or QuickTime, 3 seconds to 2:20, 50 MB), and says what it refuses and why before
// anything is uploaded. For a video the browser reads its length and draws a poster frame, shown with the length and
// size before upload; on the post the video shows as its poster with a play control.
import { Alert, Button, Group, Image, Stack, Text, TextInput, Title } from '@mantine/core';
import { POSTS_API, type PostDetail } from '@schoolgate/contracts';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/error-alert';
import { useAddImage, useAddVideo, useChangeVideo, useDescribeImage } from '../api/posts';
import { formatDuration, formatSize, mediaFileChoice, videoLengthProblem } from './media-file-check';
import { probeVideo, type VideoProbe } from './video-probe';

const readFile = (file: File) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });

type Chosen = { kind: 'photo'; file: File } | { kind: 'video'; file: File; probe: VideoProbe };

function PostVideo({ post }: { post: PostDetail }) {
  const change = useChangeVideo();
  const [edit, setEdit] = useState<string | null>(null);
  const video = post.video;
  if (!video) return null;
  const description = video.altText ?? '';
  return (
    <Stack gap="xs">
      <video
        controls
        preload="none"
        poster={POSTS_API.videoPoster(post.id, video.id)}
        src={POSTS_API.videoFile(post.id, video.id)}
        aria-label={description ? `Video: ${description}` : 'The post’s video (no description yet)'}
        style={{ maxWidth: 360, width: '100%', borderRadius: 4, background: '#000' }}
      />
      <Text size="sm">
        Video, {formatDuration(video.durationMs)}, {formatSize(video.sizeBytes)}, {video.width}×{video.height}
      </Text>
      {post.can.edit ? (
        <Group align="flex-end">
          <TextInput
            label="Description of the video (what it shows)"
            value={edit ?? description}
            onChange={(e) => setEdit(e.currentTarget.value)}
            w={360}
          />
          <Button
            variant="light"
            onClick={() => change.mutate({ id: post.id, videoId: video.id, altText: edit ?? description })}
          >
            Save description
          </Button>
          <Button
            variant="subtle"
            color="red"
            onClick={() => change.mutate({ id: post.id, videoId: video.id, altText: null })}
          >
            Remove the video
          </Button>
        </Group>
      ) : (
        <Text size="sm">{video.altText ?? 'No description'}</Text>
      )}
      <ErrorAlert error={change.error} />
    </Stack>
  );
}

export function PostMedia({ post }: { post: PostDetail }) {
  const addImage = useAddImage();
  const addVideo = useAddVideo();
  const describe = useDescribeImage();
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const [alt, setAlt] = useState('');
  // A new key empties the file field once its file is uploaded.
  const [picker, setPicker] = useState(0);
  const [edits, setEdits] = useState<Record<string, string>>({});
  const done = {
    onSuccess: () => {
      setChosen(null);
      setAlt('');
      setPicker((n) => n + 1);
    },
  };

  const choose = async (file: File | null) => {
    setChosen(null);
    const choice = mediaFileChoice(file, { imageCount: post.images.length, hasVideo: post.video !== null });
    if (!file || !choice) return setProblem(null);
    if (choice.kind === 'refused') return setProblem(choice.reason);
    if (choice.kind === 'photo') {
      setProblem(null);
      return setChosen({ kind: 'photo', file });
    }
    setReading(true);
    try {
      const probe = await probeVideo(file);
      const tooLong = videoLengthProblem(probe.durationMs);
      setProblem(tooLong);
      if (!tooLong) setChosen({ kind: 'video', file, probe });
    } catch (error) {
      setProblem((error as Error).message);
    } finally {
      setReading(false);
    }
  };

  const upload = async () => {
    if (!chosen) return;
    const base64 = await readFile(chosen.file);
    if (chosen.kind === 'photo') {
      addImage.mutate({ id: post.id, fileName: chosen.file.name, base64, altText: alt }, done);
    } else {
      addVideo.mutate(
        { id: post.id, fileName: chosen.file.name, base64, posterBase64: chosen.probe.posterBase64, altText: alt },
        done,
      );
    }
  };

  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        Photos or a video
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
      <PostVideo post={post} />
      {post.can.edit && post.video ? (
        <Text size="sm" c="dimmed">
          A post with a video carries nothing else: remove the video to add photos or another video.
        </Text>
      ) : null}
      {post.can.edit && !post.video ? (
        <Stack gap="xs">
          <label>
            <Text size="sm" fw={500}>
              Add a photo or a video
            </Text>
            <input
              key={picker}
              type="file"
              accept="image/jpeg,image/png,image/webp,video/mp4,video/quicktime,.mp4,.mov"
              aria-label="Add a photo or a video"
              onChange={(e) => void choose(e.currentTarget.files?.[0] ?? null)}
            />
            <Text size="xs" c="dimmed">
              Up to four photos, or one video of 3 seconds to 2:20 (MP4 or .mov, 50 MB at most): not both.
            </Text>
          </label>
          {reading ? <Text size="sm">Reading the video…</Text> : null}
          {chosen?.kind === 'video' ? (
            <Group align="flex-start">
              <Image
                src={chosen.probe.posterUrl}
                alt="Poster frame of the chosen video"
                w={160}
                radius="sm"
                data-testid="chosen-poster"
              />
              <Text size="sm" data-testid="chosen-video">
                {chosen.file.name}: {formatDuration(chosen.probe.durationMs)} long, {formatSize(chosen.file.size)},{' '}
                {chosen.probe.width}×{chosen.probe.height}
              </Text>
            </Group>
          ) : null}
          <Group align="flex-end">
            <TextInput
              label={chosen?.kind === 'video' ? 'Describe the video (what it shows)' : 'Describe the photo (alt text)'}
              value={alt}
              onChange={(e) => setAlt(e.currentTarget.value)}
              w={360}
            />
            <Button disabled={!chosen} loading={addImage.isPending || addVideo.isPending} onClick={upload}>
              {chosen?.kind === 'video' ? 'Upload video' : 'Upload photo'}
            </Button>
          </Group>
        </Stack>
      ) : null}
      {problem ? (
        <Alert color="red" role="alert" title="This file cannot be added">
          {problem}
        </Alert>
      ) : null}
      <Text size="xs" c="dimmed">
        Location and camera details are removed from every photo and video when it is uploaded.
      </Text>
      <ErrorAlert error={addImage.error ?? addVideo.error ?? describe.error} />
    </Stack>
  );
}
