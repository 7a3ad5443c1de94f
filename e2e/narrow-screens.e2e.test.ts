// A head on a phone (390 px wide): the pages with wide tables keep to the screen, each table scrolling sideways in
// its own box that a keyboard can reach, and axe finds nothing serious at that width.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser, saveScreenshot } from './support/browser.ts';
import { signInAs } from './support/sign-in.ts';

describe('narrow screens: wide tables scroll in their own box', () => {
  const baseUrl = inject('baseUrl');
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await browser.newContext({ baseURL: baseUrl, locale: 'en-GB', viewport: { width: 1280, height: 800 } });
    page = await context.newPage();
    page.setDefaultTimeout(20_000);
    await signInAs(page, baseUrl, 'head@primary.schoolgate.test');
    await page.setViewportSize({ width: 390, height: 844 });
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
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
