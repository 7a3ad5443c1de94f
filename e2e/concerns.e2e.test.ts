// Concerns in a real browser: a teacher raises "a pupil sent me a friend request" with a screenshot from the header
// button; the DSL is notified, opens it after re-entering a code, adds an action and closes it with an outcome; the
// teacher sees only its status; a parent uses the school's public page and the head and the office see it; a
// threatening comment played by the platform simulator alerts the DSL, who raises a concern from it in one step with
// its evidence pack attached.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, saveScreenshot } from './support/browser.ts';
import { useBrowser } from './support/use-browser.ts';
import { recallSecret, signInAs, signOut, totpFor } from './support/sign-in.ts';

const TEACHER = 'staff@primary.schoolgate.test';
const DSL = 'dsl@primary.schoolgate.test';
const HEAD = 'head@primary.schoolgate.test';
const OFFICE = 'account_admin@primary.schoolgate.test';
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

async function enterCode(page: Page, baseUrl: string, email: string): Promise<void> {
  await page.getByRole('heading', { name: 'Confirm it is you' }).waitFor();
  const code = await totpFor(recallSecret(baseUrl, email));
  await page.getByLabel('Code from your authenticator app').first().click();
  await page.keyboard.type(code);
  await page.getByRole('button', { name: 'Confirm' }).click();
}

describe('concerns: from a teacher to the DSL, from a parent to the head and the office, from a comment', () => {
  const baseUrl = inject('baseUrl');
  const web = useBrowser('concerns');
  let page: Page;

  beforeAll(async () => {
    page = await web.newPage();
  });

  let reference = '';
  let publicPath = '';
  let parentReference = '';

  it('a teacher raises a concern with a screenshot from the header, in a few clicks', { timeout: 90_000 }, async () => {
    await signInAs(page, baseUrl, TEACHER);
    await page.getByRole('button', { name: 'Raise a concern' }).click();
    const dialog = page.getByRole('dialog', { name: 'Raise a concern' });
    await dialog.getByLabel(/What is it about/).click();
    await page.getByRole('option', { name: 'Contact or friend request from a pupil' }).click();
    await dialog
      .getByLabel('What happened?')
      .fill('A pupil in Year 6 sent me a friend request on Instagram last night.');
    await dialog.getByLabel('Who is involved?').fill('A Year 6 pupil');
    await dialog.getByRole('button', { name: /as written/ }).click();
    await dialog.getByLabel('Urgent: a child or adult may be at risk now').check();
    await dialog
      .locator('input[type=file]')
      .setInputFiles({ name: 'friend-request.png', mimeType: 'image/png', buffer: PNG });
    await expectAccessible(page, 'concerns-00-raise');
    await saveScreenshot(page, 'concerns-00-raise');
    await dialog.getByRole('button', { name: 'Send to the safeguarding team' }).click();
    await dialog.getByText('Your concern has been passed on').waitFor();
    reference = (await dialog.locator('strong').textContent()) ?? '';
    expect(reference).toMatch(/^C-/);
    await saveScreenshot(page, 'concerns-01-raised');
    publicPath = await page.evaluate(async () => {
      const res = await fetch('/api/concerns/public-link');
      return ((await res.json()) as { path: string }).path;
    });
    await dialog.getByRole('button', { name: 'Done' }).click();
    await signOut(page);
  });

  it(
    'the DSL is told, re-enters a code, adds an action and closes it with an outcome',
    { timeout: 150_000 },
    async () => {
      await signInAs(page, baseUrl, DSL);
      await page.getByRole('button', { name: /^Notifications/ }).click();
      await page
        .getByRole('button', { name: /URGENT: a new concern/ })
        .first()
        .click();
      await page.waitForURL('**/concerns/**');
      await page.getByRole('heading', { name: 'Confirm it is you' }).waitFor();
      await expectAccessible(page, 'concerns-02-second-factor');
      await saveScreenshot(page, 'concerns-02-second-factor');
      const code = await totpFor(recallSecret(baseUrl, DSL));
      await page.getByLabel('Code from your authenticator app').first().click();
      await page.keyboard.type(code);
      await page.getByRole('button', { name: 'Confirm' }).click();
      await page.getByRole('heading', { level: 1, name: `Concern ${reference}` }).waitFor();
      await page.getByText('friend request on Instagram').waitFor();
      await page.getByRole('link', { name: 'friend-request.png' }).waitFor();

      await page.getByLabel('Details').fill('Declined the request; spoke to the pupil and their parents were told.');
      await page.getByRole('button', { name: 'Add step' }).click();
      await page.getByText('Declined the request').waitFor();
      await page.getByLabel('Outcome', { exact: true }).first().click();
      await page.getByRole('option', { name: 'Handled in school' }).click();
      await page.getByLabel('Why it can be closed').fill('The pupil understands; no further contact.');
      await page.getByRole('button', { name: 'Close with this outcome' }).click();
      await page.getByText('Closed: Handled in school').waitFor();
      await expectAccessible(page, 'concerns-03-closed');
      await saveScreenshot(page, 'concerns-03-closed');
      await signOut(page);
    },
  );

  it('the teacher sees only its status', { timeout: 60_000 }, async () => {
    await signInAs(page, baseUrl, TEACHER);
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Concerns' }).click();
    const row = page.getByTestId('my-concern').filter({ hasText: reference });
    await row.getByText(/^Closed/).waitFor();
    expect(await page.getByText('friend request on Instagram').count()).toBe(0);
    await expectAccessible(page, 'concerns-04-mine');
    await saveScreenshot(page, 'concerns-04-mine');
    await signOut(page);
  });

  it("a parent uses the school's public page and the head sees it", { timeout: 90_000 }, async () => {
    const { context: parent, page: parentPage } = await web.newContextPage();
    await parentPage.goto(publicPath);
    await parentPage.getByRole('heading', { level: 1, name: /Raise a concern with/ }).waitFor();
    await parentPage.getByLabel('Your name', { exact: false }).fill('Sam Parent');
    await parentPage
      .getByLabel('What has happened?', { exact: false })
      .fill('A post on the Facebook page shows my son, who must not appear.');
    await expectAccessible(parentPage, 'concerns-05-public');
    await saveScreenshot(parentPage, 'concerns-05-public');
    await parentPage.getByRole('button', { name: 'Send to the school' }).click();
    parentReference = (await parentPage.getByTestId('public-reference').textContent()) ?? '';
    await saveScreenshot(parentPage, 'concerns-06-public-sent');
    await parent.close();

    await signInAs(page, baseUrl, HEAD);
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Concerns' }).click();
    await page.getByRole('link', { name: parentReference }).waitFor();
    await expectAccessible(page, 'concerns-07-head-list');
    await saveScreenshot(page, 'concerns-07-head-list');
    await signOut(page);
  });

  it("the office sees the parent's report and follows it up", { timeout: 120_000 }, async () => {
    expect(parentReference).toMatch(/^C-/);
    await signInAs(page, baseUrl, OFFICE);
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Concerns' }).click();
    await page.getByRole('heading', { name: 'Concerns for you to follow up' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: parentReference });
    await row.getByText('Complaint from a parent').waitFor();
    // The office's list holds parents' complaints only: never the teacher's safeguarding concern.
    await page.locator('label').filter({ hasText: /^All$/ }).click();
    await row.waitFor();
    expect(await page.getByRole('link', { name: reference }).count()).toBe(0);
    await expectAccessible(page, 'concerns-08-office-list');
    await saveScreenshot(page, 'concerns-08-office-list');
    await page.getByRole('link', { name: parentReference }).click();
    await enterCode(page, baseUrl, OFFICE);
    await page.getByRole('heading', { level: 1, name: `Concern ${parentReference}` }).waitFor();
    await page.getByText('A post on the Facebook page shows my son').waitFor();
    await page.getByText(/Contact: Sam Parent/).waitFor();
    await expectAccessible(page, 'concerns-09-office-opens');
    await saveScreenshot(page, 'concerns-09-office-opens');
    await signOut(page);
  });

  it(
    'a threatening comment alerts the DSL, who raises a concern from it in one step, with its evidence pack',
    { timeout: 180_000 },
    async () => {
      await signInAs(page, baseUrl, DSL);
      // The simulator plays the demo school's comments from start-up; the threat among them alerted the DSL.
      const alert = page.getByRole('button', { name: /A comment may be a threat/ }).first();
      await expect
        .poll(
          async () => {
            await page.getByRole('button', { name: /^Notifications/ }).click();
            const found = await alert.isVisible();
            if (!found) await page.keyboard.press('Escape');
            return found;
          },
          { timeout: 120_000, interval: 3_000 },
        )
        .toBe(true);
      // Let the panel finish fading in, so the picture shows it as a person sees it. The dashboard behind it may
      // refresh and close the panel meanwhile: open it again if so.
      await page.waitForTimeout(500);
      if (!(await alert.isVisible())) {
        await page.getByRole('button', { name: /^Notifications/ }).click();
        await alert.waitFor();
      }
      await saveScreenshot(page, 'concerns-10-dsl-alerted');
      await alert.click();
      await page.waitForURL('**/moderation/comments/**');
      await page.getByText('This comment alerted the safeguarding team').waitFor();
      await page
        .getByText(/waiting for him at the gates/)
        .first()
        .waitFor();
      await expectAccessible(page, 'concerns-11-alerting-comment');
      await saveScreenshot(page, 'concerns-11-alerting-comment');

      await page.getByRole('button', { name: 'Raise a concern', exact: true }).last().click();
      const dialog = page.getByRole('dialog', { name: 'Raise a concern about this comment' });
      await dialog.getByRole('button', { name: 'Raise the concern' }).click();
      const open = page.getByRole('link', { name: /^Open concern C-/ });
      await open.waitFor();
      const fromComment = ((await open.textContent()) ?? '').replace('Open concern ', '');
      await saveScreenshot(page, 'concerns-12-raised-from-comment');
      await open.click();
      await enterCode(page, baseUrl, DSL);
      await page.getByRole('heading', { level: 1, name: `Concern ${fromComment}` }).waitFor();
      await page.getByText(/\(author\)/).waitFor();
      await page.getByRole('link', { name: /\.zip$/ }).waitFor();
      await expectAccessible(page, 'concerns-13-concern-with-evidence');
      await saveScreenshot(page, 'concerns-13-concern-with-evidence');
    },
  );
});
