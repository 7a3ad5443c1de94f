// Posts with guardrails (issue 11), the parts beyond drafting, in a real browser on the demo school: a moderator's
// reply naming a pupil whose family refused name consent is stopped with the reason and the clause; a reply with an
// advisory finding is sent anyway with a recorded reason; a post scheduled a little ahead shows "Scheduled for …",
// then, once the publishing job has run, the platform link, the approver and the consent snapshot; withdrawing the
// tagged pupil's photo consent puts the post on the runner's take-down list; a teacher who runs no account is offered
// only suggesting, and their suggestion becomes a draft.
// Pupils come from the demo's consent register (refusals seeded there); none whose name holds "an", which the other
// posts file changes, so the files may run in any order.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, saveScreenshot } from './support/browser.ts';
import { useBrowser } from './support/use-browser.ts';
import { signInAs } from './support/sign-in.ts';
import { api, readyRunners } from './support/api.ts';

const ADMIN_EMAIL = 'account_admin@primary.schoolgate.test';
const HEAD_EMAIL = 'head@primary.schoolgate.test';
const TEACHER_EMAIL = 'staff@primary.schoolgate.test';
const today = new Date().toISOString().slice(0, 10);
const stamp = Date.now();

type Row = {
  pupilId: string;
  firstName: string;
  preferredName: string | null;
  lastName: string;
  doNotPublish: boolean;
  uses: Record<string, { status: string }>;
};
const nameOf = (r: Row) => `${r.preferredName || r.firstName} ${r.lastName}`;

describe('posts: the guards on replies, scheduling, take-downs and suggestions', () => {
  const baseUrl = inject('baseUrl');
  const web = useBrowser('posts-guards', { timeoutMs: 20_000, timezoneId: 'Europe/London' });
  let admin: Page;
  let head: Page;
  let teacher: Page;
  let nameRefused: Row;
  let pictured: Row;
  let facebookId: string;

  const openNav = async (page: Page, name: string) =>
    page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name }).click();

  beforeAll(async () => {
    admin = await web.newPage();
    head = await web.newPage();
    teacher = await web.newPage();
    await signInAs(admin, baseUrl, ADMIN_EMAIL);
    await signInAs(head, baseUrl, HEAD_EMAIL);
    await signInAs(teacher, baseUrl, TEACHER_EMAIL);
    // The runners sign the policy in force and have training in date (the demo's have signed its first version; another file may have published a newer one).
    await readyRunners(head, [admin, head], today);
    const rows = (await api(head, 'GET', '/api/consent?pageSize=200')).items as Row[];
    const usable = rows.filter(
      (r) =>
        !r.doNotPublish &&
        !/an/i.test(nameOf(r)) &&
        rows.filter((o) => o.lastName === r.lastName || o.firstName === r.firstName).length === 1,
    );
    // A family that said no to the pupil's name on the start-of-year form (seeded), and one that said yes to both.
    nameRefused = usable.find((r) => r.uses.social_media_name?.status === 'refused')!;
    pictured = usable.find(
      (r) => r.uses.social_media_photo?.status === 'granted' && r.uses.social_media_name?.status === 'granted',
    )!;
    expect(nameRefused, 'a seeded pupil whose name consent was refused').toBeTruthy();
    expect(pictured, 'a seeded pupil with photo and name consent').toBeTruthy();
    const accounts = (await api(head, 'GET', '/api/accounts')).items as {
      id: string;
      platform: string;
      status: string;
    }[];
    facebookId = accounts.find((a) => a.platform === 'facebook' && a.status === 'active')!.id;
  }, 180_000);

  it('stops a reply naming a pupil without name consent, then sends an advisory one anyway with a reason', async () => {
    // A comment the simulator played since the server started (the seeded history is not on the simulator, which
    // refuses replies to it): the newest visible one on Facebook.
    const queue = (await api(admin, 'GET', '/api/moderation/queue?view=all&pageSize=200')).items as {
      id: string;
      platform: string;
      platformState: string;
      postedAt: string;
    }[];
    const comment = queue
      .filter((c) => c.platform === 'facebook' && c.platformState === 'visible')
      .sort((a, b) => b.postedAt.localeCompare(a.postedAt))[0]!;
    expect(comment, 'a visible Facebook comment in the demo').toBeTruthy();
    await admin.goto(`/moderation/comments/${comment.id}`);
    await admin.getByRole('button', { name: 'Reply' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Reply to this comment' });
    await dialog
      .getByRole('textbox', { name: /^Reply/ })
      .fill(`Thank you. ${nameOf(nameRefused)} was a star on the day.`);
    await dialog.getByRole('button', { name: 'Send reply' }).click();

    const stopped = dialog.getByRole('alert', { name: 'This reply cannot be sent' });
    await stopped
      .getByText(new RegExp(`${nameOf(nameRefused)} is named in the text: the school has no consent`))
      .waitFor();
    await stopped
      .getByText(/Policy: Pupils’ photographs and names are published only with prior consent/)
      .first()
      .waitFor();
    expect(await stopped.getByRole('button', { name: 'Send anyway' }).count()).toBe(0);
    await expectAccessible(admin, 'reply stopped for consent');
    await saveScreenshot(admin, 'posts-guards-01-reply-blocked');

    // The first name alone may be another child: advice the moderator may overrule, saying why.
    const first = nameRefused.preferredName || nameRefused.firstName;
    await dialog.getByRole('textbox', { name: /^Reply/ }).fill(`Thank you. ${first} from the reading club says hello.`);
    await dialog.getByRole('button', { name: 'Send reply' }).click();
    const advice = dialog.getByRole('alert', { name: 'Check this reply before it is sent' });
    await advice.getByText(new RegExp(`"${first}" may refer to`)).waitFor();
    await advice.getByRole('button', { name: 'Send anyway' }).click();
    await advice.getByText('Say why, in a few words.').waitFor();
    await advice
      .getByRole('textbox', { name: /Why send it anyway/ })
      .fill(`${first} here is the reading club's puppet, not a pupil.`);
    await expectAccessible(admin, 'reply with advice');
    await saveScreenshot(admin, 'posts-guards-02-reply-advice');
    await advice.getByRole('button', { name: 'Send anyway' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await saveScreenshot(admin, 'posts-guards-03-reply-sent');
    // The comment's record keeps the reply with the check overridden and why.
    const detail = await api(admin, 'GET', `/api/moderation/comments/${comment.id}`);
    const actions = detail.actions as { action: string; detail: Record<string, unknown> }[];
    expect(JSON.stringify(actions)).toContain('puppet');
  }, 120_000);

  it('shows a scheduled post as scheduled, then published with its link, approver and consent snapshot', async () => {
    const options = (await api(admin, 'GET', '/api/posts/options')).categories as string[];
    const text = `Our reading club finished its first book this week (${stamp}).`;
    const draft = await api(admin, 'POST', '/api/posts', {
      text,
      category: options[0],
      accountIds: [facebookId],
      tagged: [{ pupilId: pictured.pupilId, pictured: true, named: false }],
    });
    expect(draft.findings).toEqual([]);

    await head.goto('/posts');
    await head.getByRole('button', { name: text.slice(0, 60) }).click();
    const panel = head.getByRole('region', { name: 'The post' });
    await panel.getByRole('button', { name: 'Approve' }).click();
    await panel.getByRole('heading', { name: /^Approved: drafted by/ }).waitFor();
    // Two minutes ahead, as the page's date-time field takes it (London time).
    const at = new Date(Date.now() + 120_000);
    const local = new Intl.DateTimeFormat('sv-SE', {
      timeZone: 'Europe/London',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    })
      .format(at)
      .replace(' ', 'T');
    await panel.getByLabel('Or publish at').fill(local);
    await panel.getByRole('button', { name: 'Schedule' }).click();
    await panel.getByRole('heading', { name: /^Scheduled: drafted by/ }).waitFor();
    await panel.getByText(/^Scheduled for /).waitFor();
    await expectAccessible(head, 'scheduled post');
    await saveScreenshot(head, 'posts-guards-04-scheduled');

    // The publishing job (pg-boss, in the server's process) runs every minute and sends what is due.
    await expect
      .poll(async () => (await api(head, 'GET', `/api/posts/${draft.id}`)).status, {
        timeout: 240_000,
        interval: 3_000,
      })
      .toBe('published');
    await head.reload();
    await head.getByRole('button', { name: text.slice(0, 60) }).click();
    await panel.getByRole('heading', { level: 2, name: /^Published: drafted by/ }).waitFor();
    await panel.getByText(/Approved by .* on /).waitFor();
    const record = panel.getByRole('table', { name: 'Accounts and what happened' });
    expect(await record.getByRole('link').first().getAttribute('href')).toMatch(/^https?:\/\//);
    await record.getByText(new RegExp(`${nameOf(pictured)}: photo Granted, name Granted`)).waitFor();
    await expectAccessible(head, 'published post');
    await saveScreenshot(head, 'posts-guards-05-published');

    // The family withdraws photo consent: the post goes on the runner's take-down list.
    await api(head, 'POST', `/api/consent/pupils/${pictured.pupilId}/decisions`, {
      uses: ['social_media_photo'],
      decision: 'withdrawn',
      source: 'email',
      decidedOn: today,
    });
    await admin.goto('/posts?view=takedowns');
    const takedowns = admin.getByRole('table', { name: 'Posts to take down' });
    const row = takedowns.getByRole('row').filter({ hasText: String(stamp) });
    await row.getByText(`Photo consent withdrawn: ${nameOf(pictured)}`).waitFor();
    await expectAccessible(admin, 'take-down list');
    await saveScreenshot(admin, 'posts-guards-06-takedowns');
  }, 360_000);

  it('a teacher suggests a post and a runner makes it a draft', async () => {
    const text = `The Year 2 choir sang at the care home on Tuesday (${stamp}).`;
    await openNav(teacher, 'Posts');
    await teacher.getByRole('heading', { level: 1, name: 'Posts' }).waitFor();
    // The teacher runs none of the accounts: only suggesting is offered, with a line saying so.
    await teacher.getByText(/You do not run any of the school’s accounts, so you suggest posts instead/).waitFor();
    expect(await teacher.getByRole('tab').allTextContents()).toEqual(['Suggest a post', 'Your suggestions']);
    await teacher.getByRole('tab', { name: 'Suggest a post' }).click();
    await teacher.getByLabel('What you would like posted').fill(text);
    await teacher.getByLabel('Note for the runners (optional)').fill('I have photos of the choir from the back.');
    await expectAccessible(teacher, 'suggest a post');
    await saveScreenshot(teacher, 'posts-guards-07-suggest');
    await teacher.getByRole('button', { name: 'Send suggestion' }).click();
    const mine = teacher.getByRole('article').filter({ hasText: String(stamp) });
    await mine.getByText('Waiting').waitFor();

    await admin.goto('/posts?view=suggestions');
    const card = admin.getByRole('article').filter({ hasText: String(stamp) });
    await card.getByRole('button', { name: 'Make it a draft' }).click();
    expect(await card.getByLabel('Text of the post').inputValue()).toBe(text);
    await card.getByLabel('What the post is about').selectOption({ index: 1 });
    await card.getByRole('group', { name: 'Accounts to post on' }).getByRole('checkbox').first().check();
    await saveScreenshot(admin, 'posts-guards-08-suggestion-to-draft');
    await card.getByRole('button', { name: 'Save as a draft' }).click();
    await admin
      .getByRole('region', { name: 'The post' })
      .getByRole('heading', { name: /^Draft: drafted by/ })
      .waitFor();

    await teacher.reload();
    await teacher.getByRole('tab', { name: 'Your suggestions', exact: true }).click();
    await teacher
      .getByRole('article')
      .filter({ hasText: String(stamp) })
      .getByText('Made a draft', { exact: true })
      .waitFor();
    await saveScreenshot(teacher, 'posts-guards-09-suggestion-drafted');
  }, 120_000);
});
