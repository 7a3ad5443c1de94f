// Issue 4's browser flow: a member of staff signs the policy in force; the demo head starts the school's settings
// from a template, shortens the response deadline to 24 hours and asks every member of staff to sign, drafts a
// version, records the governors' approval, publishes it and reads the document, which now says 24 hours. The new
// version asks the same member of staff to sign again, and the head sees its coverage go up by one. Every page is
// scanned with axe-core and photographed for a person to check.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, saveScreenshot } from './support/browser.ts';
import { useBrowser } from './support/use-browser.ts';
import { signInAs } from './support/sign-in.ts';

const HEAD_EMAIL = 'head@primary.schoolgate.test';
const STAFF_EMAIL = 'staff@primary.schoolgate.test';
const TEMPLATE = 'Secondary school (accounts and roles)';

async function checkPage(page: Page, name: string): Promise<void> {
  await expectAccessible(page, name);
  await expect.poll(() => page.locator('h1').count()).toBe(1);
  await saveScreenshot(page, name);
}

/** "12 of 80 members of staff (15%) have signed version 2." -> 12, once the page shows that version's count. */
async function signedCount(page: Page, version: number): Promise<number> {
  const summary = page.getByText(
    new RegExp(` of [\\d,]+ members? of staff \\(\\d+%\\) have signed version ${version}\\.`),
  );
  await summary.waitFor();
  return Number((await summary.textContent())!.split(' of ')[0]!.replace(/,/g, ''));
}

/** Signs the Statement of Acceptance shown on the staff member's Training and acceptance page. */
async function signStatement(page: Page, version: number): Promise<void> {
  const form = page.getByRole('form', { name: 'Sign the Statement of Acceptance' });
  // The statement is the version's own words (issue 15); the link above it names the version to read.
  await page.getByRole('link', { name: `version ${version} of the social media policy` }).waitFor();
  await form.getByText(/I have read this social media policy/).waitFor();
  const description = (await form.getByText(/^Type it as the school has it: /).textContent()) ?? '';
  const expectedName = description.replace('Type it as the school has it: ', '').replace(/\.$/, '');
  await form.getByLabel(/Your full name/).fill(expectedName);
  await form.getByLabel('I confirm that the statement above is true for me.').check();
  await form.getByRole('button', { name: 'Sign the statement' }).click();
  await page.getByText(new RegExp(`^You signed version ${version} of the policy on `)).waitFor();
}

/**
 * Today on the London calendar: the governors meet the day the draft is written, since a meeting can be neither in
 * the future nor before the draft existed.
 */
function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
}

describe('policy: a head sets up, approves and publishes a new version', () => {
  const baseUrl = inject('baseUrl');
  const web = useBrowser('policy');
  let page: Page;
  let staff: Page;
  let signedBefore = 0;
  let inForce = 0;

  beforeAll(async () => {
    page = await web.newPage();
    staff = await web.newPage();
  });

  const openTraining = async (on: Page) => {
    await on
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Training and acceptance' })
      .click();
    await on.getByRole('heading', { level: 1, name: 'Training and acceptance' }).waitFor();
  };

  const tab = (name: string) => page.getByRole('tab', { name, exact: true }).click();
  const article = () => page.getByRole('article').first();

  it('shows the published policy, with the trust’s 48-hour deadline', async () => {
    await signInAs(page, baseUrl, HEAD_EMAIL);
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Policy' }).click();
    await page.getByRole('heading', { level: 1, name: 'Social media policy' }).waitFor();
    await article().waitFor();
    expect(await article().textContent()).toContain('within 48 hours');
    // Another browser test may have published a version of this school's policy already (the files share a server).
    inForce = Number(/Version\s*:?\s*(\d+)/.exec((await article().textContent()) ?? '')?.[1]);
    expect(inForce).toBeGreaterThan(0);
    await checkPage(page, '40-policy-document');
  });

  it('has a member of staff sign the version in force', async () => {
    await signInAs(staff, baseUrl, STAFF_EMAIL);
    await openTraining(staff);
    const signed = staff.getByText(new RegExp(`^You signed version ${inForce} of the policy on `));
    if ((await signed.count()) === 0) await signStatement(staff, inForce);
  });

  it('starts the settings from a template, sets the deadline to 24 hours and asks every member of staff to sign', async () => {
    await tab('Settings');
    await page.getByRole('radio', { name: new RegExp(TEMPLATE.replace(/[()]/g, '\\$&')) }).check();
    await page.getByRole('button', { name: `Use "${TEMPLATE}"` }).click();
    await page.getByText(`Settings now start from "${TEMPLATE}".`).waitFor();
    await checkPage(page, '41-policy-settings-template');

    const hours = page.getByLabel('Hours to respond');
    await hours.fill('24');
    // The template asks only the staff who run an account to sign; this school asks everyone.
    const signs = page.getByRole('radiogroup', { name: 'Who signs the policy' });
    await signs.getByRole('radio', { name: 'Every member of staff' }).check();
    await page.getByRole('button', { name: 'Save 2 changes' }).click();
    await page.getByText('The settings have been saved.').waitFor();
    await expect.poll(() => hours.inputValue()).toBe('24');
    await expect.poll(() => signs.getByRole('radio', { name: 'Every member of staff' }).isChecked()).toBe(true);
    await checkPage(page, '42-policy-settings-saved');
  });

  it('drafts a version and records the governors’ approval', async () => {
    await tab('Versions');
    await page.getByLabel('What has changed (optional)').fill('Answer within 24 hours');
    await page.getByRole('button', { name: 'Draft a new version' }).click();
    await page.getByText(`Draft version ${inForce + 1} is ready.`).waitFor();
    await checkPage(page, '43-policy-versions-draft');

    await page.getByRole('button', { name: `Record approval of version ${inForce + 1}` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^Date of the meeting/).fill(today());
    await dialog.getByLabel(/^Minute reference/).fill('FGB 2026/11 item 5');
    await dialog.getByLabel(/^Approved by/).fill('Chair of Governors');
    await checkPage(page, '44-policy-approve-dialog');
    await dialog.getByRole('button', { name: 'Record approval' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: `Publish version ${inForce + 1}` }).waitFor();
  });

  it('publishes after saying what will change, and the document now says 24 hours', async () => {
    await page.getByRole('button', { name: `Publish version ${inForce + 1}` }).click();
    const dialog = page.getByRole('dialog', { name: `Publish version ${inForce + 1}?` });
    await dialog.getByText(`Version ${inForce}, in force now, is marked as superseded.`).waitFor();
    await checkPage(page, '45-policy-publish-confirm');
    await dialog.getByRole('button', { name: `Publish version ${inForce + 1}` }).click();
    await dialog.waitFor({ state: 'hidden' });

    await tab('The policy');
    // The page may show the cached version for a moment while it fetches the new one.
    await expect.poll(async () => (await article().textContent()) ?? '').toContain('within 24 hours');
    expect(await article().textContent()).not.toContain('within 48 hours');
    await page.getByText('In force', { exact: true }).first().waitFor();
    await checkPage(page, '46-policy-document-published');

    const href = await page.getByRole('link', { name: `Download PDF of version ${inForce + 1}` }).getAttribute('href');
    const pdf = await page.request.get(href!);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('asks the member of staff to sign again for the new version, and the head sees coverage go up by one', async () => {
    await openTraining(page);
    signedBefore = await signedCount(page, inForce + 1);

    await staff.reload();
    await staff.getByRole('heading', { level: 1, name: 'Training and acceptance' }).waitFor();
    // Their signature of the version before does not carry over: the new version asks again.
    expect(await staff.getByText(new RegExp(`^You signed version ${inForce} of the policy on `)).count()).toBe(0);
    await checkPage(staff, '47-policy-staff-asked-again');
    await signStatement(staff, inForce + 1);

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Training and acceptance' }).waitFor();
    expect(await signedCount(page, inForce + 1)).toBe(signedBefore + 1);
    await checkPage(page, '48-policy-coverage-version-2');
  });
});
