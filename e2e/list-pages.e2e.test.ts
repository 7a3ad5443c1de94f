// The posts list a page at a time in a real browser (issue 16 follow-up): with more than a page of posts the head
// sees how many there are and reaches the older ones with the pager, by keyboard-reachable buttons.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, saveScreenshot } from './support/browser.ts';
import { signInAs } from './support/sign-in.ts';
import { api } from './support/api.ts';
import { useBrowser } from './support/use-browser.ts';

const HEAD_EMAIL = 'head@primary.schoolgate.test';

describe('the posts list pages', () => {
  const session = useBrowser('list-pages', { timeoutMs: 20_000 });
  let head: Page;
  const stamp = Date.now();

  beforeAll(async () => {
    head = await session.newPage();
    await signInAs(head, session.baseUrl, HEAD_EMAIL);
    const categories = (await api(head, 'GET', '/api/posts/options')).categories as string[];
    const accounts = (await api(head, 'GET', '/api/accounts')).items as { id: string; platform: string }[];
    const facebook = accounts.find((a) => a.platform === 'facebook')!;
    // More than the 50 a page shows, so page 1 holds only these and the pager is needed whatever else exists.
    for (let i = 1; i <= 51; i += 1) {
      await api(head, 'POST', '/api/posts', {
        text: `Notice ${i} of ${stamp}: the library is open at lunchtime.`,
        category: categories[0],
        accountIds: [facebook.id],
      });
    }
  }, 120_000);

  it(
    'shows how many posts there are and reaches the oldest of them on the next page',
    { timeout: 90_000 },
    async () => {
      await head.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Posts' }).click();
      await head.getByRole('heading', { level: 1, name: 'Posts' }).waitFor();
      await head.getByRole('button', { name: `Notice 51 of ${stamp}`, exact: false }).waitFor();
      const pager = head.getByRole('navigation', { name: 'Pages of posts' });
      await expect(pager.getByRole('button', { name: 'Previous page' }).isDisabled()).resolves.toBe(true);
      const caption = await head.getByRole('table', { name: 'Posts' }).locator('caption').textContent();
      expect(caption).toMatch(/^\d[\d,]* posts$/);
      await saveScreenshot(head, 'lists-01-posts-page-1');
      await expectAccessible(head, 'the posts list');

      await pager.getByRole('button', { name: 'Next page' }).click();
      await head.getByRole('button', { name: `Notice 1 of ${stamp}`, exact: false }).waitFor();
      await pager.getByText(/^Page 2 of \d+$/).waitFor();
      await saveScreenshot(head, 'lists-02-posts-page-2');
      await pager.getByRole('button', { name: 'Previous page' }).click();
      await head.getByRole('button', { name: `Notice 51 of ${stamp}`, exact: false }).waitFor();
    },
  );
});
