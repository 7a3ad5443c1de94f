// A head on a phone (390 px wide): the pages with wide tables keep to the screen, each table scrolling sideways in
// its own box that a keyboard can reach, and axe finds nothing serious at that width.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, saveScreenshot } from './support/browser.ts';
import { signInAs } from './support/sign-in.ts';
import { useBrowser } from './support/use-browser.ts';

describe('narrow screens: wide tables scroll in their own box', () => {
  const session = useBrowser('narrow-screens', { timeoutMs: 20_000 });
  let page: Page;

  beforeAll(async () => {
    page = await session.newPage();
    await signInAs(page, session.baseUrl, 'head@primary.schoolgate.test');
    await page.setViewportSize({ width: 390, height: 844 });
  });

  const pageWidth = () => page.evaluate(() => document.documentElement.scrollWidth);

  it.each([
    ['/accounts', 'Official accounts', 'Register of official accounts'],
    ['/training', 'Training and acceptance', 'Training of every member of staff'],
    ['/audit', 'Audit log', null],
    ['/reports', 'Governors’ report', null],
  ])('keeps %s to the width of a phone', async (path, heading, region) => {
    await page.goto(path);
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    await page.getByRole('table').first().waitFor();
    await page.waitForLoadState('networkidle');
    if (region) await page.getByRole('region', { name: region }).waitFor();
    expect(await pageWidth()).toBeLessThanOrEqual(390);
    await expectAccessible(page, `${heading} at 390 px`);
    await saveScreenshot(page, `narrow-${path.slice(1)}`);
  });
});
