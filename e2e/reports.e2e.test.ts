// Issue 14 in a real browser against the demo trust: a governor opens last term's report, sees its charts and
// downloads the PDF and the CSV; the trust's central team sees both demo schools ranked in one table; the head's
// dashboard lists an overdue comment and a member of staff who has not signed, and each links to its page.
import fs from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, saveScreenshot } from './support/browser.ts';
import { useBrowser } from './support/use-browser.ts';
import { signInAs, signOut } from './support/sign-in.ts';

const GOVERNOR = 'governor@primary.schoolgate.test';
const HEAD = 'head@primary.schoolgate.test';
const TRUST_ADMIN = 'admin@trust.schoolgate.test';

async function checkPage(page: Page, name: string): Promise<void> {
  await expectAccessible(page, name);
  await expect.poll(() => page.locator('h1').count()).toBe(1);
  await page.evaluate(() => window.scrollTo(0, 0));
  await saveScreenshot(page, name);
}

describe("reports and dashboards: governors, the trust's team and the head", () => {
  const baseUrl = inject('baseUrl');
  const web = useBrowser('reports', { timeoutMs: 30_000 });
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    ({ context, page } = await web.newContextPage());
  });

  it('a governor opens the report on this term (the last complete one is empty in the demo), then last term', async () => {
    await signInAs(page, baseUrl, GOVERNOR);
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Reports' }).click();
    await page.waitForURL('**/reports');
    await page.getByRole('heading', { level: 1, name: 'Governors’ report' }).waitFor();
    // The demo's comments all arrived this term, so the page opens on it and says why, rather than on an empty term.
    await page.getByRole('heading', { level: 2, name: /: Autumn term/ }).waitFor();
    await page.getByText(/the last complete term \(no comments, concerns or posts\), so this report shows/).waitFor();
    await page.getByRole('heading', { name: 'Against the policy’s targets' }).waitFor();
    // Charts (drawn by Recharts inside Mantine's BarChart) and, for each, its numbers in a table.
    await page.getByRole('table', { name: 'Replies due each month' }).locator('tbody tr').first().waitFor();
    await expect.poll(() => page.locator('.recharts-bar-rectangle').count()).toBeGreaterThan(0);
    await page.getByRole('table', { name: /^Consent for each use, of \d+ pupils$/ }).waitFor();
    await checkPage(page, 'reports-01-governor-this-term');

    // Last term, chosen from the list: the summer term, without the note.
    const term = page.getByLabel('Term', { exact: true });
    const summer = await term
      .locator('option', { hasText: /^Summer term/ })
      .first()
      .textContent();
    await term.selectOption({ label: summer ?? '' });
    await page.getByRole('heading', { level: 2, name: /: Summer term \d{4}\/\d{2}$/ }).waitFor();
    await expect.poll(() => page.getByText(/so this report shows/).count()).toBe(0);
    await expect.poll(() => page.locator('.recharts-surface').count()).toBeGreaterThan(0);
    await checkPage(page, 'reports-02-governor-last-term');
  }, 240_000);

  it('downloads the report as PDF and as CSV', async () => {
    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download PDF' }).click(),
    ]);
    expect(pdf.suggestedFilename()).toMatch(/^governors-report-.*\.pdf$/);
    const pdfBytes = fs.readFileSync((await pdf.path())!);
    expect(pdfBytes.subarray(0, 5).toString()).toBe('%PDF-');

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download CSV' }).click(),
    ]);
    expect(csv.suggestedFilename()).toMatch(/\.csv$/);
    const text = fs.readFileSync((await csv.path())!, 'utf8');
    expect(text).toContain('Response times,Replies due');
    expect(text).toContain('How it was counted');
    await signOut(page);
  }, 120_000);

  it("the trust's team sees both demo schools ranked in one table", async () => {
    await context.clearCookies();
    await signInAs(page, baseUrl, TRUST_ADMIN);
    const table = page.getByRole('table', { name: /Against each school's policy/ });
    await table.waitFor();
    const schools = await table.locator('tbody tr th').allTextContents();
    expect(schools.sort()).toEqual(['Hollins Park Academy', 'Meadowbank Primary School']);
    await checkPage(page, 'reports-03-trust-dashboard');

    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Reports' }).click();
    await page.waitForURL('**/reports');
    // Acting in a school, the team chooses the whole trust (with no school chosen the page opens on it).
    await page.getByRole('heading', { name: 'Against the policy’s targets' }).waitFor();
    if (await page.getByRole('radio', { name: 'The whole trust' }).count()) {
      await page.getByText('The whole trust', { exact: true }).click();
    }
    const ranked = page.getByRole('table', { name: /The trust’s schools over/ });
    await ranked.waitFor();
    expect(await ranked.locator('tbody tr').count()).toBe(2);
    await checkPage(page, 'reports-04-trust-report');
    await signOut(page);
  }, 240_000);

  it("the head's dashboard lists an overdue comment and an unsigned member of staff, each linked", async () => {
    await context.clearCookies();
    await signInAs(page, baseUrl, HEAD);
    const overdue = page.getByRole('region', { name: /Comments waiting past their deadline/ });
    await overdue.waitFor();
    const unsigned = page.getByRole('region', { name: /Staff who have not signed/ });
    await unsigned.waitFor();
    await checkPage(page, 'reports-05-head-dashboard');

    const comment = overdue.getByRole('listitem').first().getByRole('link');
    await comment.click();
    await page.waitForURL('**/moderation/comments/*');
    await page.getByRole('heading', { level: 1, name: /^Comment by / }).waitFor();
    await page.goBack();

    const person = page
      .getByRole('region', { name: /Staff who have not signed/ })
      .getByRole('listitem')
      .first();
    const name = ((await person.getByRole('link').textContent()) ?? '').trim();
    await person.getByRole('link').click();
    await page.waitForURL('**/training#staff-*');
    const row = page.locator('tr[data-highlighted="true"]');
    await row.waitFor();
    expect(await row.locator('th').first().textContent()).toContain(name);
    await saveScreenshot(page, 'reports-06-head-unsigned-row');

    // The head decides whether governors are emailed the report after each term.
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Reports' }).click();
    await page.getByRole('switch', { name: /Email this report to the governors/ }).waitFor();
    await page.getByRole('heading', { name: 'Against the policy’s targets' }).waitFor();
    await checkPage(page, 'reports-07-head-report');
  }, 240_000);
});
