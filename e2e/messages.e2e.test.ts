// Issue 10's private messages in a real browser against the demo, whose Page and Instagram account are played by the
// platform simulator: a parent's private message waits in the moderation queue's Private messages tab with its
// deadline; the account administrator opens it and answers it, and the deadline stops. Each page is scanned with
// axe-core and photographed for a person to look at.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, saveScreenshot } from './support/browser.ts';
import { useBrowser } from './support/use-browser.ts';
import { signInAs } from './support/sign-in.ts';

const ADMIN_EMAIL = 'account_admin@primary.schoolgate.test';

async function checkPage(page: Page, name: string): Promise<void> {
  await expectAccessible(page, name);
  await expect.poll(() => page.locator('h1').count()).toBe(1);
  await page.evaluate(() => window.scrollTo(0, 0));
  await saveScreenshot(page, name);
}

describe('private messages: a parent writes privately and the account administrator answers', () => {
  const baseUrl = inject('baseUrl');
  const web = useBrowser('messages', { viewport: { width: 1280, height: 800 } });
  let page: Page;

  beforeAll(async () => {
    page = await web.newPage();
  });

  it('shows the waiting message in the Private messages tab and answers it', async () => {
    await signInAs(page, baseUrl, ADMIN_EMAIL);
    await page.goto('/moderation/messages');
    await page.getByRole('heading', { level: 1, name: 'Private messages' }).waitFor();
    // Meta's webhook gives the sender's id, not their name: the demo's Facebook message is from "Someone on Facebook".
    const link = page.getByRole('link', { name: 'Someone on Facebook' });
    await expect.poll(async () => link.count(), { timeout: 60_000 }).toBeGreaterThan(0);
    await checkPage(page, 'messages-01-queue');

    await link.first().click();
    await page.waitForURL('**/moderation/messages/*');
    await page.getByRole('heading', { level: 1, name: 'Private message from Someone on Facebook' }).waitFor();
    await expect.poll(() => page.getByText(/^Answer by /).count()).toBe(1);
    await checkPage(page, 'messages-02-conversation');

    await page
      .getByRole('textbox', { name: /Your answer/ })
      .fill('The photos are on Tuesday morning; we can take hers on Friday.');
    await page.getByRole('button', { name: 'Send answer' }).click();
    await page.getByText('The answer was sent.').waitFor();
    await page.getByText(/^Answered /).waitFor();
    await checkPage(page, 'messages-03-answered');
  }, 120_000);
});
