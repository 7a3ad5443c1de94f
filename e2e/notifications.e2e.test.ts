// Notifications in a real browser: the demo's journalist writes on the school's Facebook Page, and the head finds
// it under Notifications in the header, opens it and lands on the comment, where the reply waits for them.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, saveScreenshot } from './support/browser.ts';
import { useBrowser } from './support/use-browser.ts';
import { signInAs } from './support/sign-in.ts';

const HEAD_EMAIL = 'head@primary.schoolgate.test';

describe('notifications: the head hears about a journalist', () => {
  const baseUrl = inject('baseUrl');
  const web = useBrowser('notifications');
  let page: Page;

  beforeAll(async () => {
    page = await web.newPage();
    await signInAs(page, baseUrl, HEAD_EMAIL);
  });

  it(
    'shows the unread count, lists the notification and opens the comment it is about',
    { timeout: 90_000 },
    async () => {
      await saveScreenshot(page, 'notifications-00-dashboard');
      // The demo's comments arrive over a few seconds; the menu checks again each time the page is loaded.
      await expect
        .poll(
          async () => {
            await page.reload();
            // The count arrives a moment after the page: give it a few seconds before looking again.
            return page
              .getByRole('button', { name: /^Notifications\s*\d+\s*unread$/ })
              .waitFor({ timeout: 4_000 })
              .then(() => 1)
              .catch(() => 0);
          },
          { timeout: 45_000, interval: 2_000 },
        )
        .toBe(1);
      await page.getByRole('button', { name: /^Notifications\s*\d+\s*unread$/ }).click();
      const entry = page.getByRole('button', { name: /journalist has commented/ });
      await entry.waitFor();
      await expectAccessible(page, 'notifications-01-open');
      await saveScreenshot(page, 'notifications-01-open');
      await entry.click();
      await page.waitForURL('**/moderation/comments/**');
      await page.getByRole('heading', { level: 1, name: /^Comment by / }).waitFor();
      expect(await page.getByText('Press', { exact: true }).count()).toBeGreaterThan(0);
    },
  );
});
