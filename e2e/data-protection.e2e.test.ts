// Data protection in a real browser (issue 13): the head reads the retention schedule, downloads everything held
// about a demo commenter, is refused erasure (with the reason) while the commenter is on legal hold, and lifts it.
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, saveScreenshot } from './support/browser.ts';
import { useBrowser } from './support/use-browser.ts';
import { signInAs } from './support/sign-in.ts';

const HEAD = 'head@primary.schoolgate.test';

describe('data protection: the head answers a request about a commenter', () => {
  const baseUrl = inject('baseUrl');
  const web = useBrowser('data-protection');
  let page: Page;

  beforeAll(async () => {
    page = await web.newPage();
  });

  it('shows the schedule, downloads the ZIP, and shows why erasure is refused', { timeout: 120_000 }, async () => {
    await signInAs(page, baseUrl, HEAD);
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Data protection' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Data protection' }).waitFor();
    await page.getByRole('rowheader', { name: /Safeguarding concerns/ }).waitFor();
    await expect(page.getByText(/25 years after the concern is closed/).count()).resolves.toBe(1);

    await page.getByLabel('Find them').fill('Parent A');
    await page.getByRole('radio', { name: /Parent A\. \(demo\)/ }).check();
    await expectAccessible(page, 'data-protection-00-request');
    await saveScreenshot(page, 'data-protection-00-request');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download everything held (ZIP)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^subject-access-author-.*\.zip$/);
    const saved = await download.path();
    expect(fs.statSync(saved!).size).toBeGreaterThan(500);

    // A hold on the commenter (placed as a claim is expected) stops erasure; the page says why.
    const authorId = await page.getByRole('radio', { name: /Parent A\. \(demo\)/ }).getAttribute('value');
    await page.evaluate(async (id) => {
      await fetch('/api/data-protection/holds', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ subjectKind: 'author', subjectId: id, reason: 'A claim is expected' }),
      });
    }, authorId);
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Erase their information' }).click();
    const refusal = page.getByRole('alert').filter({ hasText: 'Erasure refused' });
    await refusal.waitFor();
    await expect(refusal.textContent()).resolves.toContain('A legal hold covers this commenter: A claim is expected');
    await saveScreenshot(page, 'data-protection-01-refused');

    const holds = page.getByRole('region', { name: 'Legal holds' });
    await holds.getByRole('button', { name: /Lift the hold on Commenter Parent A/ }).click();
    await holds
      .getByText(/^Lifted/)
      .first()
      .waitFor();
    await expectAccessible(page, 'data-protection-02-holds');
    await saveScreenshot(page, 'data-protection-02-holds');
  });
});
