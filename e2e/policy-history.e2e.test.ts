// Issue 15's version history in the browser: the demo head pastes three earlier versions of the policy as CSV, sees
// the preview, imports them, finds them at the end of the policy document, and downloads the Word file, which is a
// ZIP whose document ends with the same history. Pages are scanned with axe-core and photographed.
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, saveScreenshot } from './support/browser.ts';
import { useBrowser } from './support/use-browser.ts';
import { signInAs } from './support/sign-in.ts';

const HEAD_EMAIL = 'head@primary.schoolgate.test';
// Unique per run, so the test does not depend on what other files (or earlier runs) left in the history.
const RUN = Date.now().toString(36).slice(-5);
const ROWS = [
  ['0.1', '12/03/2018', `Ann Author ${RUN}`, 'First policy'],
  ['0.2', '01/09/2019', `Ann Author ${RUN}`, 'Parents section added'],
  ['0.3', '2021-01-10', `Jo Reviewer ${RUN}`, 'Remote learning'],
];
const CSV = ['Version,Date,Author,Reason', ...ROWS.map((row) => row.join(','))].join('\n');

describe('policy history: a head imports earlier versions and downloads the Word file', () => {
  const baseUrl = inject('baseUrl');
  const web = useBrowser('policy-history');
  let page: Page;

  beforeAll(async () => {
    page = await web.newPage();
  });

  it('imports three earlier versions from pasted CSV after a preview', async () => {
    await signInAs(page, baseUrl, HEAD_EMAIL);
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Policy' }).click();
    await page.getByRole('heading', { level: 1, name: 'Social media policy' }).waitFor();
    await page.getByRole('tab', { name: 'Versions' }).click();
    await page.getByRole('heading', { level: 2, name: 'Version history' }).waitFor();
    await page.getByLabel('Version history as CSV').fill(CSV);
    await page.getByRole('button', { name: 'Preview' }).click();
    const preview = page.getByRole('table', { name: 'Versions to import' });
    await preview.waitFor();
    expect(await preview.getByRole('row').count()).toBe(4);
    await saveScreenshot(page, '150-policy-history-preview');
    await page.getByRole('button', { name: 'Import 3 versions' }).click();
    await page.getByText('3 earlier versions imported.').waitFor();
    const earlier = page.getByRole('table', { name: 'Earlier versions' });
    await earlier.getByText(`Jo Reviewer ${RUN}`).waitFor();
    await expectAccessible(page, '151-policy-history-imported');
    await saveScreenshot(page, '151-policy-history-imported');
  });

  it('shows them at the end of the policy document, before Schoolgate’s versions', async () => {
    await page.getByRole('tab', { name: 'The policy', exact: true }).click();
    const table = page.getByRole('table', { name: 'Version history' }).last();
    await table.getByText(`Jo Reviewer ${RUN}`).waitFor();
    const rows = await table.getByRole('row').allTextContents();
    const mine = rows.findIndex((row) => row.includes(`Ann Author ${RUN}`));
    expect(rows[mine]).toContain('12 March 2018');
    expect(rows[mine + 2]).toContain('Remote learning');
    await table.scrollIntoViewIfNeeded();
    await expectAccessible(page, '152-policy-history-in-document');
    await saveScreenshot(page, '152-policy-history-in-document');
  });

  it('downloads the Word file, a ZIP whose document ends with the history', async () => {
    const link = page.getByRole('link', { name: /^Download for Word \(\.docx\)/ }).last();
    const href = await link.getAttribute('href');
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toMatch(/^social-media-policy-v\d+\.docx$/);
    const response = await page.request.get(href!);
    expect(response.status()).toBe(200);
    const bytes = await response.body();
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    const xml = strFromU8(unzipSync(new Uint8Array(bytes))['word/document.xml']!);
    expect(xml).toContain('Version history');
    expect(xml).toContain(`Jo Reviewer ${RUN}`);
    expect(xml).toContain('Remote learning');
  });
});
