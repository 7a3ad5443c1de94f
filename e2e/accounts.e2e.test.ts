// A teacher asks for an Instagram account run by two colleagues; the request names each runner who has not signed
// the policy in force, so a leader can see at once why it cannot be approved yet.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, saveScreenshot } from './support/browser.ts';
import { useBrowser } from './support/use-browser.ts';
import { signInAs } from './support/sign-in.ts';
import { buildDemoTrust } from '../apps/api/src/seed/demo-data.ts';

// The demo has most runners signed (seed-acceptance.ts); a member of staff who cannot sign in never has.
const primary = buildDemoTrust().schools.find((school) => school.key === 'primary')!;
const siteManager = primary.staff.find((person) => person.jobTitle === 'Site Manager')!;
const UNSIGNED = `${siteManager.firstName} ${siteManager.lastName}`;

describe('official accounts: a teacher requests an Instagram account', () => {
  const baseUrl = inject('baseUrl');
  const web = useBrowser('accounts');
  let page: Page;

  beforeAll(async () => {
    page = await web.newPage();
  });

  it('shows the register with the demo accounts, then sends a request that names runners who have not signed', async () => {
    await signInAs(page, baseUrl, 'staff@primary.schoolgate.test');
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Official accounts' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Official accounts' }).waitFor();
    await page.getByRole('table').waitFor();
    await expectAccessible(page, 'account register');
    await saveScreenshot(page, 'accounts-01-register');

    await page.getByRole('tab', { name: 'Request an account' }).click();
    await page.getByLabel('Platform').selectOption('instagram');
    await page.getByLabel('Name or handle you would like').fill('meadowbank_sport');
    await page.getByLabel('What the account is for').fill('Match results and team photos with consent.');
    await page.getByLabel('Who it is for').fill('Parents and carers of pupils in teams.');
    await page.getByLabel('How people will hear of it').fill('The newsletter and the website.');
    await page.getByLabel('Closed: only people the school accepts').check();
    const runners = page.getByRole('group', { name: 'Runners' });
    await runners.getByRole('checkbox', { name: UNSIGNED, exact: true }).check();
    await runners.getByRole('checkbox').and(page.locator(':not(:checked)')).first().check();
    await expectAccessible(page, 'account request form');
    await saveScreenshot(page, 'accounts-02-request-form');
    await page.getByRole('button', { name: 'Send the request' }).click();

    const card = page.getByRole('region', { name: 'Instagram: meadowbank_sport' });
    await card.waitFor();
    await card
      .getByRole('listitem')
      .filter({ hasText: `${UNSIGNED} (has not signed the policy` })
      .waitFor();
    await expect.poll(() => card.getByText(/has not signed the policy in force/).count()).toBeGreaterThan(0);
    await expect.poll(() => card.getByRole('button', { name: 'Approve' }).count()).toBe(0);
    await expectAccessible(page, 'account requests');
    await saveScreenshot(page, 'accounts-03-request-names-runners');
  });
});
