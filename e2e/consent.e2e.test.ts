// The consent register in a real browser: Meadowbank's account administrator opens People > Consent, finds a pupil
// whose photo consent stands, records the parent's withdrawal by email and sees the register change; the DSL then
// asks for the reason a pupil is on the do-not-publish list, after being told the view is recorded.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, saveScreenshot } from './support/browser.ts';
import { useBrowser } from './support/use-browser.ts';
import { signInAs } from './support/sign-in.ts';

const OFFICE_EMAIL = 'account_admin@primary.schoolgate.test';
const DSL_EMAIL = 'dsl@primary.schoolgate.test';
// The register's columns: pupil (a row header), year and class, then one per use, photo on social media first.
const PHOTO_COLUMN = 1;

async function checkPage(page: Page, name: string): Promise<void> {
  await expectAccessible(page, name);
  await expect.poll(() => page.locator('h1').count()).toBe(1);
  await saveScreenshot(page, name);
}

const registerRows = (page: Page) => page.getByRole('table', { name: 'Consent register' }).locator('tbody tr');
const photoOf = (page: Page, name: string) =>
  registerRows(page)
    .filter({ has: page.getByRole('button', { name, exact: true }) })
    .locator('td')
    .nth(PHOTO_COLUMN);

describe('consent: the office records a withdrawal and the DSL checks a restriction', () => {
  const baseUrl = inject('baseUrl');
  const web = useBrowser('consent', { viewport: { width: 1440, height: 900 } });
  let page: Page;
  let pupilName = '';

  beforeAll(async () => {
    page = await web.newPage();
  });

  it('takes the account administrator from People to the consent register', async () => {
    await signInAs(page, baseUrl, OFFICE_EMAIL);
    await page.goto('/people/pupils');
    await page.getByRole('navigation', { name: 'People' }).getByRole('link', { name: 'Consent' }).click();
    await page.waitForURL('**/people/consent');
    await page.getByRole('table', { name: 'Consent register' }).waitFor();
    await checkPage(page, 'consent-01-register');
  });

  it('records a withdrawal of photo consent and sees the register change', async () => {
    const rows = registerRows(page);
    const count = await rows.count();
    for (let i = 0; i < count && !pupilName; i += 1) {
      const row = rows.nth(i);
      if ((await row.locator('td').nth(PHOTO_COLUMN).textContent()) === 'Granted') {
        pupilName = (await row.getByRole('button').textContent()) ?? '';
      }
    }
    expect(pupilName).not.toBe('');

    await page.getByRole('button', { name: pupilName, exact: true }).click();
    const drawer = page.getByRole('dialog', { name: `Consent: ${pupilName}` });
    await drawer.getByRole('table', { name: `History of consent for ${pupilName}` }).waitFor();
    // The office sees the flag but never the reason, and is not offered it.
    expect(await drawer.getByRole('button', { name: 'Show reason' }).count()).toBe(0);
    await checkPage(page, 'consent-02-pupil');

    const form = drawer.getByRole('form', { name: 'Record a decision' });
    await form.getByRole('checkbox', { name: 'Photo on social media' }).check();
    await form.getByLabel('Decision', { exact: true }).selectOption('withdrawn');
    await form.getByLabel('How the family told us').selectOption('email');
    await form.getByLabel('Note (optional)').fill('Parent emailed the office.');
    await form.getByRole('button', { name: 'Record withdrawal' }).click();

    const today = drawer.getByRole('table', { name: `Consent for ${pupilName} today` });
    await expect
      .poll(() => today.getByRole('row', { name: /Photo on social media/ }).textContent())
      .toContain('Withdrawn');
    await expect
      .poll(() => drawer.getByRole('table', { name: `History of consent for ${pupilName}` }).textContent())
      .toContain('Parent emailed the office.');
    await checkPage(page, 'consent-03-withdrawn');

    await page.keyboard.press('Escape');
    await expect.poll(() => photoOf(page, pupilName).textContent()).toBe('Withdrawn');
    await saveScreenshot(page, 'consent-04-register-after');
  });

  it('does not count a withdrawal as missing consent: it is a decision the family made', async () => {
    await page.getByLabel('Search pupils by name or class').fill(pupilName);
    await page.getByLabel('Missing or expired consent for').selectOption('social_media_photo');
    // A withdrawal is a decision, not a gap: the pupil is not "missing" consent, they have none.
    await expect.poll(() => page.getByRole('status').textContent()).toBe('No pupils match these filters.');
  });

  it('shows the DSL the reason for a do-not-publish pupil only when asked', async () => {
    const dsl = await web.newPage();
    await signInAs(dsl, baseUrl, DSL_EMAIL);
    await dsl.goto('/people/consent');
    const flagged = registerRows(dsl).filter({ hasText: 'Do not publish' }).first();
    await flagged.waitFor();
    const name = (await flagged.getByRole('button').textContent()) ?? '';
    await flagged.getByRole('button').click();
    const drawer = dsl.getByRole('dialog', { name: `Consent: ${name}` });
    await drawer.getByText(/Each time it is shown, your name and the time are recorded/).waitFor();
    await drawer.getByRole('button', { name: 'Show reason' }).click();
    await expect
      .poll(() => drawer.getByRole('status').first().textContent())
      .toMatch(/Court order|Looked-after child|Adoption|Family request/);
    await checkPage(dsl, 'consent-05-dsl-reason');
  });
});
