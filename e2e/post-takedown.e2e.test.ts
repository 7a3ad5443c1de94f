// Take-downs through the platform's API (issue 11) in a real browser: a post with a photo tagging a pupil goes out to
// the demo school's Facebook Page (the simulator); the family then withdraws photo consent, the post appears on the
// take-down list, and the account administrator (a runner of the Page) removes it from Facebook from the task.
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
const PNG =
  'iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAIAAACQkWg2AAAACXBIWXMAAAPoAAAD6AG1e1JrAAAAGUlEQVR4nGNQWpVGEmIY1bBqNJSUhmvSAABqfDIQpMSXYwAAAABJRU5ErkJggg==';

describe('take-downs: a runner removes a post from Facebook through the task', () => {
  const baseUrl = inject('baseUrl');
  const web = useBrowser('post-takedown', { timeoutMs: 20_000 });
  let admin: Page;
  let head: Page;
  const text = `Our science week winners with their rockets (${Date.now()}).`;

  beforeAll(async () => {
    ({ page: admin } = await web.newContextPage());
    ({ page: head } = await web.newContextPage());
    await signInAs(admin, baseUrl, ADMIN_EMAIL);
    await signInAs(head, baseUrl, HEAD_EMAIL);
    await readyRunners(head, [admin, head], today);
  }, 120_000);

  it('lists the post when consent is withdrawn, and removes it from Facebook from the task', async () => {
    // A pupil of the demo whose family consents, pictured in a published Facebook post.
    type Row = {
      pupilId: string;
      firstName: string;
      preferredName: string | null;
      lastName: string;
      doNotPublish: boolean;
    };
    const rows = ((await api(head, 'GET', '/api/consent?search=son&pageSize=100')).items as Row[]).filter(
      (r) => !r.doNotPublish,
    );
    const pupil = rows.at(-1)!;
    await api(head, 'POST', `/api/consent/pupils/${pupil.pupilId}/decisions`, {
      uses: ['social_media_photo', 'social_media_name'],
      decision: 'granted',
      source: 'consent_form',
      decidedOn: today,
    });
    type Account = { id: string; platform: string; health: { tokenStored: boolean } };
    const accounts = (await api(head, 'GET', '/api/accounts')).items as Account[];
    const page = accounts.find((a) => a.platform === 'facebook' && a.health.tokenStored)!;
    const draft = await api(admin, 'POST', '/api/posts', {
      text,
      category: 'trip_or_activity',
      accountIds: [page.id],
      tagged: [{ pupilId: pupil.pupilId, pictured: true, named: false }],
    });
    await api(admin, 'POST', `/api/posts/${draft.id}/images`, {
      fileName: 'rockets.png',
      base64: PNG,
      altText: 'Pupils holding paper rockets',
    });
    await api(head, 'POST', `/api/posts/${draft.id}/approve`, {});
    await api(admin, 'POST', `/api/posts/${draft.id}/publish`, {});
    await expect
      .poll(async () => (await api(admin, 'GET', `/api/posts/${draft.id}`)).status, {
        timeout: 90_000,
        interval: 2_000,
      })
      .toBe('published');
    await api(head, 'POST', `/api/consent/pupils/${pupil.pupilId}/withdrawals`, {
      uses: ['social_media_photo'],
      source: 'email',
      decidedOn: today,
    });

    await admin.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Posts' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Posts' }).waitFor();
    await admin.getByRole('tab', { name: 'Take-downs' }).click();
    const row = admin
      .getByRole('table', { name: 'Posts to take down' })
      .getByRole('row')
      .filter({ hasText: text.slice(0, 40) });
    await row.getByRole('button', { name: 'Remove from Facebook' }).waitFor();
    await expectAccessible(admin, 'take-down task');
    await saveScreenshot(admin, 'post-takedown-01-task');
    await row.getByRole('button', { name: 'Remove from Facebook' }).click();
    await row.getByText('Deleted from Facebook through its API.').waitFor();
    await saveScreenshot(admin, 'post-takedown-02-removed');
    const post = await api(admin, 'GET', `/api/posts/${draft.id}`);
    expect(post.targets[0].status).toBe('taken_down');
  }, 180_000);
});
