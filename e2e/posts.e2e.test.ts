// Posts with guardrails (issue 11) in a real browser: the account administrator drafts a post with a photo tagging a
// pupil whose photo consent is refused, and the page says why it cannot be approved; the author cannot approve their
// own post; with the pupil untagged, the head (the other runner) approves it, it is published to the simulator and
// the record shows the consent of the tagged pupil at that moment.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, saveScreenshot } from './support/browser.ts';
import { useBrowser } from './support/use-browser.ts';
import { signInAs } from './support/sign-in.ts';
import { api, readyRunners } from './support/api.ts';

const ADMIN_EMAIL = 'account_admin@primary.schoolgate.test';
const HEAD_EMAIL = 'head@primary.schoolgate.test';
const today = new Date().toISOString().slice(0, 10);
// A small PNG (a green square), written as bytes so the test needs no image library.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAIAAACQkWg2AAAACXBIWXMAAAPoAAAD6AG1e1JrAAAAGUlEQVR4nGNQWpVGEmIY1bBqNJSUhmvSAABqfDIQpMSXYwAAAABJRU5ErkJggg==',
  'base64',
);

describe('posts: a photo needs consent for every pupil in it', () => {
  const baseUrl = inject('baseUrl');
  const web = useBrowser('posts', { timeoutMs: 20_000 });
  let admin: Page;
  let head: Page;
  let refused: { id: string; name: string; lastName: string };
  let granted: { id: string; name: string; lastName: string };
  const text = `Class 4 planted the new vegetable garden this morning (${Date.now()}).`;

  beforeAll(async () => {
    ({ page: admin } = await web.newContextPage());
    ({ page: head } = await web.newContextPage());
    await signInAs(admin, baseUrl, ADMIN_EMAIL);
    await signInAs(head, baseUrl, HEAD_EMAIL);
    // Both runners sign the policy in force and have training in date (the demo's have signed its first version; another file may have published a newer one).
    await readyRunners(head, [admin, head], today);
    // One pupil whose family refused photos, one who may be pictured and named.
    type Row = {
      pupilId: string;
      firstName: string;
      preferredName: string | null;
      lastName: string;
      doNotPublish: boolean;
    };
    const rows = (await api(head, 'GET', '/api/consent?search=an&pageSize=100')).items as Row[];
    const lastNames = rows.map((r) => r.lastName);
    const [first, second] = rows.filter(
      (r) => !r.doNotPublish && lastNames.filter((n) => n === r.lastName).length === 1,
    ) as [Row, Row];
    const pick = (r: Row) => ({
      id: r.pupilId,
      name: `${r.preferredName || r.firstName} ${r.lastName}`,
      lastName: r.lastName,
    });
    [refused, granted] = [pick(first), pick(second)];
    await api(head, 'POST', `/api/consent/pupils/${refused.id}/decisions`, {
      uses: ['social_media_photo'],
      decision: 'refused',
      source: 'letter',
      decidedOn: today,
    });
    await api(head, 'POST', `/api/consent/pupils/${granted.id}/decisions`, {
      uses: ['social_media_photo', 'social_media_name'],
      decision: 'granted',
      source: 'consent_form',
      decidedOn: today,
    });
  }, 120_000);

  it('stops a draft tagging a pupil without photo consent, with the reason', async () => {
    await admin.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Posts' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Posts' }).waitFor();
    await admin.getByRole('tab', { name: 'New post' }).click();
    await admin.getByLabel('Text of the post').fill(text);
    await admin.getByLabel('What the post is about').selectOption('trip_or_activity');
    await admin.getByRole('group', { name: 'Accounts to post on' }).getByRole('checkbox').first().check();
    await admin.getByLabel('Tag a pupil who is pictured or named').fill(refused.lastName);
    await admin.getByRole('button', { name: `Tag ${refused.name}` }).click();
    await expectAccessible(admin, 'new post');
    await saveScreenshot(admin, 'posts-01-draft');
    await admin.getByRole('button', { name: 'Save draft' }).click();

    const panel = admin.getByRole('region', { name: 'The post' });
    await panel.getByText('Checks: what stops this post').waitFor();
    await panel.getByText(new RegExp(`${refused.name} is tagged as pictured: the school has no consent`)).waitFor();
    await panel.getByLabel('Add a photo').setInputFiles({ name: 'garden.png', mimeType: 'image/png', buffer: PNG });
    await panel.getByLabel('Describe the photo (alt text)').fill('Children planting seedlings in raised beds');
    await panel.getByRole('button', { name: 'Upload photo' }).click();
    await panel.getByRole('img', { name: 'Children planting seedlings in raised beds' }).waitFor();
    // The author cannot approve their own post.
    await panel.getByText('You drafted this post: someone else approves it.').waitFor();
    expect(await panel.getByRole('button', { name: 'Approve' }).count()).toBe(0);
    await expectAccessible(admin, 'post with a failed check');
    await saveScreenshot(admin, 'posts-02-stopped-for-consent');
  });

  it('publishes the fixed post once the other runner approves it, with the consent snapshot', async () => {
    const panel = admin.getByRole('region', { name: 'The post' });
    await panel.getByRole('button', { name: `Untag ${refused.name}` }).click();
    await panel.getByLabel('Tag a pupil who is pictured or named').fill(granted.lastName);
    await panel.getByRole('button', { name: `Tag ${granted.name}` }).click();
    await panel.getByRole('button', { name: 'Save changes' }).click();
    await panel.getByText('Checks passed').waitFor();

    await head.goto('/posts');
    await head.getByRole('heading', { level: 1, name: 'Posts' }).waitFor();
    await head.getByRole('button', { name: text.slice(0, 60) }).click();
    const headPanel = head.getByRole('region', { name: 'The post' });
    await headPanel.getByRole('button', { name: 'Approve' }).click();
    await headPanel.getByRole('heading', { name: /^Approved: drafted by/ }).waitFor();
    await headPanel.getByRole('button', { name: 'Publish now' }).click();
    // The job sends it within moments; the record shows where and the consent at that moment.
    await saveScreenshot(head, 'posts-03-approved');
    // The job sends it within moments (it runs when a post is published, and every minute).
    const [listed] = (await api(head, 'GET', `/api/posts?search=${encodeURIComponent(text.slice(-16, -2))}`)).items;
    await expect
      .poll(
        async () => {
          const post = await api(head, 'GET', `/api/posts/${listed.id}`);
          return `${post.status} ${JSON.stringify(post.targets.map((t: { status: string; lastError: string | null }) => [t.status, t.lastError]))}`;
        },
        { timeout: 90_000, interval: 2_000 },
      )
      .toMatch(/^published/);
    await head.reload();
    await head.getByRole('button', { name: text.slice(0, 60) }).click();
    await saveScreenshot(head, 'posts-04-published');
    await head.getByRole('heading', { level: 2, name: /^Published: drafted by/ }).waitFor();
    const record = head.getByRole('table', { name: 'Accounts and what happened' });
    await record.getByText(new RegExp(`${granted.name}: photo Granted, name Granted`)).waitFor();
    await expectAccessible(head, 'published post');
    await saveScreenshot(head, 'posts-04-published');
  }, 150_000);
});
