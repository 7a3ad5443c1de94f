// Issue 4's browser flow: the demo head starts the school's settings from a template, shortens the response
// deadline to 24 hours, drafts a version, records the governors' approval, publishes it and reads the document,
// which now says 24 hours. Every page is scanned with axe-core and photographed for a person to check.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser, saveScreenshot } from './support/browser.ts';
import { signInAs } from './support/sign-in.ts';

const HEAD_EMAIL = 'head@primary.schoolgate.test';
const TEMPLATE = 'Secondary school (accounts and roles)';

async function checkPage(page: Page, name: string): Promise<void> {
  await expectAccessible(page, name);
  await expect.poll(() => page.locator('h1').count()).toBe(1);
  await saveScreenshot(page, name);
}

/** Yesterday on the London calendar: a governors' meeting that has already happened. */
function yesterday(): string {
  const date = new Date(Date.now() - 24 * 3600 * 1000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(date);
}

describe('policy: a head sets up, approves and publishes a new version', () => {
  const baseUrl = inject('baseUrl');
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await browser.newContext({ baseURL: baseUrl, locale: 'en-GB', viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
  });

  afterEach(async (ctx) => {
    if (ctx.task.result?.state === 'fail' && page) {
      await saveScreenshot(page, `failed-policy-${ctx.task.name.replace(/\W+/g, '-').slice(0, 50)}`);
    }
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  const tab = (name: string) => page.getByRole('tab', { name }).click();
  const article = () => page.getByRole('article').first();

  it('shows the published policy, with the trust’s 48-hour deadline', async () => {
    await signInAs(page, baseUrl, HEAD_EMAIL);
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Policy' }).click();
    await page.getByRole('heading', { level: 1, name: 'Social media policy' }).waitFor();
    await article().waitFor();
    expect(await article().textContent()).toContain('within 48 hours');
    await checkPage(page, '40-policy-document');
  });

  it('starts the settings from a template and sets the deadline to 24 hours', async () => {
    await tab('Settings');
    await page.getByRole('radio', { name: new RegExp(TEMPLATE.replace(/[()]/g, '\\$&')) }).check();
    await page.getByRole('button', { name: `Use "${TEMPLATE}"` }).click();
    await page.getByText(`Settings now start from "${TEMPLATE}".`).waitFor();
    await checkPage(page, '41-policy-settings-template');

    const hours = page.getByLabel('Hours to respond');
    await hours.fill('24');
    await page.getByRole('button', { name: 'Save 1 change' }).click();
    await page.getByText('The settings have been saved.').waitFor();
    await expect.poll(() => hours.inputValue()).toBe('24');
    await checkPage(page, '42-policy-settings-saved');
  });

  it('drafts a version and records the governors’ approval', async () => {
    await tab('Versions');
    await page.getByLabel('What has changed (optional)').fill('Answer within 24 hours');
    await page.getByRole('button', { name: 'Draft a new version' }).click();
    await page.getByText('Draft version 2 is ready.').waitFor();
    await checkPage(page, '43-policy-versions-draft');

    await page.getByRole('button', { name: 'Record approval of version 2' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^Date of the meeting/).fill(yesterday());
    await dialog.getByLabel(/^Minute reference/).fill('FGB 2026/11 item 5');
    await dialog.getByLabel(/^Approved by/).fill('Chair of Governors');
    await checkPage(page, '44-policy-approve-dialog');
    await dialog.getByRole('button', { name: 'Record approval' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: 'Publish version 2' }).waitFor();
  });

  it('publishes after saying what will change, and the document now says 24 hours', async () => {
    await page.getByRole('button', { name: 'Publish version 2' }).click();
    const dialog = page.getByRole('dialog', { name: 'Publish version 2?' });
    await dialog.getByText('Version 1, in force now, is marked as superseded.').waitFor();
    await checkPage(page, '45-policy-publish-confirm');
    await dialog.getByRole('button', { name: 'Publish version 2' }).click();
    await dialog.waitFor({ state: 'hidden' });

    await tab('The policy');
    // The page may show the cached version for a moment while it fetches the new one.
    await expect.poll(async () => (await article().textContent()) ?? '').toContain('within 24 hours');
    expect(await article().textContent()).not.toContain('within 48 hours');
    await page.getByText('In force', { exact: true }).first().waitFor();
    await checkPage(page, '46-policy-document-published');

    const href = await page.getByRole('link', { name: 'Download PDF of version 2' }).getAttribute('href');
    const pdf = await page.request.get(href!);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
