// A member of the trust's central team works across schools: the header names the school they are acting in and
// a keyboard-operable menu switches it, after which every page shows the new school's data.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, saveScreenshot } from './support/browser.ts';
import { useBrowser } from './support/use-browser.ts';
import { signInAs, signOut } from './support/sign-in.ts';

const TRUST_ADMIN = 'admin@trust.schoolgate.test';

describe('school switcher: the trust team moves between schools', () => {
  const baseUrl = inject('baseUrl');
  const web = useBrowser('school-switch', { viewport: { width: 1280, height: 800 } });
  let page: Page;

  beforeAll(async () => {
    page = await web.newPage();
  });

  it('switches school from the header menu using only the keyboard', async () => {
    await signInAs(page, baseUrl, TRUST_ADMIN);
    const switcher = page.getByRole('button', { name: 'Switch school' });
    await switcher.waitFor();

    await switcher.focus();
    await page.keyboard.press('Enter');
    const menu = page.getByRole('menu');
    await menu.waitFor();
    await expectAccessible(page, 'school switcher menu');
    await saveScreenshot(page, 'switch-01-menu');

    // Opening the menu puts focus on the first other school; arrow keys move on, skipping the current (disabled) one.
    const current = (await page.getByTestId('current-school').textContent()) ?? '';
    const target =
      (await menu.locator('[role="menuitem"]:not([disabled]) [data-menu-item-label]').first().textContent()) ?? '';
    expect(target).not.toBe('');
    expect(target).not.toBe(current);
    // Arrow keys move through the items; if the page behind took focus back while it loaded, put it on the item.
    const item = menu.locator('[role="menuitem"]:not([disabled])').filter({ hasText: target }).first();
    await page.keyboard.press('ArrowDown');
    if (!(await item.evaluate((el) => el === document.activeElement))) await item.focus();
    await page.keyboard.press('Enter');

    // The switch reloads every query (the trust's dashboard among them), which takes longer once other browser tests
    // have filled the demo with data: wait as long as any other step.
    await expect.poll(() => page.getByTestId('current-school').textContent(), { timeout: 15_000 }).toBe(target);
    await page.getByText(`You are working in ${target}`).waitFor();
    await expectAccessible(page, 'dashboard after switching');
    await saveScreenshot(page, 'switch-02-switched');

    await signOut(page);
  });
});
