// A post's video (issue 11) in a real browser: the account administrator drafts a post, the picker refuses a WebM
// clip with the reason, then takes an MP4: Chromium reads its length and draws its poster frame, shown with the
// length and size before upload; the uploaded video shows as its poster with a play control and its description;
// the head approves it and it is published to the simulated Facebook Page as a Page video (the demo policy names
// Facebook only; Instagram Reels and X are covered by routes/post-videos.int.test.ts). The clip is the committed
// fixture (apps/api/test-fixtures/video/location.mp4, 4 seconds, with a location tag the server removes).
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, saveScreenshot } from './support/browser.ts';
import { signInAs } from './support/sign-in.ts';
import { api, readyRunners } from './support/api.ts';
import { useBrowser } from './support/use-browser.ts';

const ADMIN_EMAIL = 'account_admin@primary.schoolgate.test';
const HEAD_EMAIL = 'head@primary.schoolgate.test';
const today = new Date().toISOString().slice(0, 10);
const CLIP = readFileSync(new URL('../apps/api/test-fixtures/video/location.mp4', import.meta.url));

describe('posts: a short video', () => {
  const session = useBrowser('post-video', { timeoutMs: 20_000 });
  const baseUrl = session.baseUrl;
  let admin: Page;
  let head: Page;
  const text = `The Year 6 band played at assembly this morning (${Date.now()}).`;
  const description = 'Six pupils playing drums and keyboards on the hall stage';

  beforeAll(async () => {
    admin = await session.newPage();
    head = await session.newPage();
    await signInAs(admin, baseUrl, ADMIN_EMAIL);
    await signInAs(head, baseUrl, HEAD_EMAIL);
    await readyRunners(head, [admin, head], today);
  }, 120_000);

  it('refuses a WebM clip with the reason, and shows an MP4’s poster, length and size before upload', async () => {
    await admin.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Posts' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Posts' }).waitFor();
    await admin.getByRole('tab', { name: 'New post' }).click();
    await admin.getByLabel('Text of the post').fill(text);
    await admin.getByLabel('What the post is about').selectOption('trip_or_activity');
    await admin
      .getByRole('group', { name: 'Accounts to post on' })
      .getByRole('checkbox', { name: /^Facebook/ })
      .first()
      .check();
    await admin.getByRole('button', { name: 'Save draft' }).click();

    const panel = admin.getByRole('region', { name: 'The post' });
    const picker = panel.getByLabel('Add a photo or a video');
    await picker.setInputFiles({ name: 'band.webm', mimeType: 'video/webm', buffer: Buffer.from('not really webm') });
    const refusal = panel.getByRole('alert').filter({ hasText: 'This file cannot be added' });
    await refusal.getByText(/Only MP4 and QuickTime \(\.mov\) videos can be posted/).waitFor();
    await saveScreenshot(admin, 'post-video-01-webm-refused');

    await picker.setInputFiles({ name: 'band.mp4', mimeType: 'video/mp4', buffer: CLIP });
    await panel.getByTestId('chosen-video').getByText('band.mp4: 0:04 long, 21 KB, 160×120').waitFor();
    const poster = panel.getByRole('img', { name: 'Poster frame of the chosen video' });
    await poster.waitFor();
    // The frame was drawn from the video: a real JPEG of the clip's size.
    const drawn = await poster.evaluate((img: HTMLImageElement) => ({
      width: img.naturalWidth,
      src: img.src.slice(0, 23),
    }));
    expect(drawn).toEqual({ width: 160, src: 'data:image/jpeg;base64,' });
    expect(await refusal.count()).toBe(0);
    await panel.getByLabel('Describe the video (what it shows)').fill(description);
    await expectAccessible(admin, 'post with a chosen video');
    await saveScreenshot(admin, 'post-video-02-chosen');
    await panel.getByRole('button', { name: 'Upload video' }).click();

    const video = panel.getByLabel(`Video: ${description}`);
    await video.waitFor();
    expect(await video.getAttribute('poster')).toMatch(/^\/api\/posts\/[0-9a-f-]+\/video\/[0-9a-f-]+\/poster$/);
    expect(await video.getAttribute('controls')).not.toBeNull();
    await panel.getByText('Video, 0:04, 21 KB, 160×120').waitFor();
    await panel.getByText('Checks passed').waitFor();
    // The poster the server kept loads in the page.
    const posterStatus = await admin.evaluate(
      async (url) => (await fetch(url)).headers.get('content-type'),
      (await video.getAttribute('poster'))!,
    );
    expect(posterStatus).toBe('image/jpeg');
    await expectAccessible(admin, 'post with its video');
    await saveScreenshot(admin, 'post-video-03-uploaded');
  });

  it('is approved by the head and published to the Facebook Page as a video', async () => {
    await head.goto('/posts');
    await head.getByRole('heading', { level: 1, name: 'Posts' }).waitFor();
    await head.getByRole('button', { name: text.slice(0, 60) }).click();
    const panel = head.getByRole('region', { name: 'The post' });
    await panel.getByLabel(`Video: ${description}`).waitFor();
    await panel.getByRole('button', { name: 'Approve' }).click();
    await panel.getByRole('heading', { name: /^Approved: drafted by/ }).waitFor();
    await panel.getByRole('button', { name: 'Publish now' }).click();
    const [listed] = (await api(head, 'GET', `/api/posts?search=${encodeURIComponent(text.slice(-16, -2))}`)).items;
    await expect
      .poll(
        async () => {
          const post = await api(head, 'GET', `/api/posts/${listed.id}`);
          return `${post.status} ${JSON.stringify(post.targets.map((t: { platform: string; status: string; lastError: string | null }) => [t.platform, t.status, t.lastError]))}`;
        },
        { timeout: 120_000, interval: 2_000 },
      )
      .toMatch(/^published/);
    const post = await api(head, 'GET', `/api/posts/${listed.id}`);
    expect(post.targets).toEqual([
      expect.objectContaining({
        platform: 'facebook',
        status: 'published',
        permalink: expect.stringMatching(/\/videos\//),
      }),
    ]);
    await head.reload();
    await head.getByRole('button', { name: text.slice(0, 60) }).click();
    await head.getByRole('heading', { level: 2, name: /^Published: drafted by/ }).waitFor();
    await head.getByRole('table', { name: 'Accounts and what happened' }).waitFor();
    await expectAccessible(head, 'published post with a video');
    await saveScreenshot(head, 'post-video-04-published');
  }, 180_000);
});
