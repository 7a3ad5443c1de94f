// Waiting for the demo's simulated Facebook traffic: the platform simulator plays the demo school's comments a few
// seconds apart after the server starts, so the moderation queue fills while the test runs.
import type { Page } from 'playwright-core';

/** Reloads the queue until it lists at least `count` comments, or fails saying why it might be empty. */
export async function waitForQueueRows(page: Page, count: number, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const rows = page.locator('table tbody tr');
  for (;;) {
    await page.getByRole('heading', { level: 1, name: 'Moderation' }).waitFor();
    await page
      .locator('table, [role="status"]')
      .first()
      .waitFor()
      .catch(() => undefined);
    if ((await rows.count()) >= count) return;
    if (Date.now() > deadline) {
      throw new Error(
        `The moderation queue showed ${await rows.count()} comments, not ${count}. Was the server started with SIMULATOR=true?`,
      );
    }
    await page.waitForTimeout(2_000);
    await page.reload();
  }
}

/** The severity numbers of the listed comments, top to bottom, read from each badge's title. */
export async function listedSeverities(page: Page): Promise<number[]> {
  const titles = await page
    .locator('table tbody tr')
    .evaluateAll((rows) => rows.map((row) => row.querySelector('[title^="Severity "]')?.getAttribute('title') ?? ''));
  return titles.map((title) => Number(/Severity ([\d.]+)/.exec(title)?.[1] ?? 'NaN'));
}
