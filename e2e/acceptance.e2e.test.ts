// The Statement of Acceptance and training records in a real browser: a member of staff signs the version in force,
// and the head sees coverage go up by one, reminds the rest and records training with a certificate. Hollins Park's
// head is used because the foundation flow needs Meadowbank's head to meet two-factor set-up for the first time.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, saveScreenshot } from './support/browser.ts';
import { useBrowser } from './support/use-browser.ts';
import { signInAs } from './support/sign-in.ts';

const HEAD_EMAIL = 'head@secondary.schoolgate.test';
const STAFF_EMAIL = 'staff@secondary.schoolgate.test';

async function checkPage(page: Page, name: string): Promise<void> {
  await expectAccessible(page, name);
  await expect.poll(() => page.locator('h1').count()).toBe(1);
  await saveScreenshot(page, name);
}

/** "12 of 80 members of staff (15%) have signed version 1." -> 12 */
async function signedCount(page: Page): Promise<number> {
  const summary = page.getByText(/ of [\d,]+ members? of staff \(\d+%\) have signed version \d+\./);
  await summary.waitFor();
  return Number((await summary.textContent())!.split(' of ')[0]!.replace(/,/g, ''));
}

describe('acceptance: staff sign the policy and the head sees who has', () => {
  const baseUrl = inject('baseUrl');
  const web = useBrowser('acceptance');
  let head: Page;
  let staff: Page;
  let before = 0;

  beforeAll(async () => {
    head = await web.newPage();
    staff = await web.newPage();
  });

  it('shows the head how many staff have signed the published version', async () => {
    await signInAs(head, baseUrl, HEAD_EMAIL);
    await head
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Training and acceptance' })
      .click();
    await head.getByRole('heading', { level: 1, name: 'Training and acceptance' }).waitFor();
    before = await signedCount(head);
    await head.getByRole('table', { name: 'Training of every member of staff' }).waitFor();
    await checkPage(head, '21-training-head');
  });

  it('has a member of staff sign, refusing a name that is not theirs', async () => {
    await signInAs(staff, baseUrl, STAFF_EMAIL);
    await staff
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Training and acceptance' })
      .click();
    const form = staff.getByRole('form', { name: 'Sign the Statement of Acceptance' });
    await form.waitFor();
    expect(await staff.getByText(/I have read this social media policy/).count()).toBe(1);
    // Staff do not see the leaders' tables.
    expect(await staff.getByRole('heading', { name: 'Who has signed' }).count()).toBe(0);
    await checkPage(staff, '22-training-staff-to-sign');

    await form.getByLabel(/Your full name/).fill('Someone Else');
    await form.getByLabel('I confirm that the statement above is true for me.').check();
    await form.getByRole('button', { name: 'Sign the statement' }).click();
    await form.getByText(/^Type your full name as the school has it: /).waitFor();
    await checkPage(staff, '23-training-staff-wrong-name');

    const description = (await form.getByText(/^Type it as the school has it: /).textContent()) ?? '';
    const expectedName = description.replace('Type it as the school has it: ', '').replace(/\.$/, '');
    await form.getByLabel(/Your full name/).fill(expectedName.toUpperCase());
    await form.getByRole('button', { name: 'Sign the statement' }).click();
    await staff.getByText(/^You signed version 1 of the policy on /).waitFor();
    await staff.getByRole('heading', { name: 'My training' }).waitFor();
    await checkPage(staff, '24-training-staff-signed');
  });

  it('shows the head coverage gone up by one, and sends reminders', async () => {
    await head.reload();
    await head.getByRole('heading', { level: 1, name: 'Training and acceptance' }).waitFor();
    expect(await signedCount(head)).toBe(before + 1);
    await head.getByRole('button', { name: 'Remind those who have not signed' }).click();
    await head
      .getByText(/reminders? sent\.|Nobody new to remind today/)
      .first()
      .waitFor();
  });

  it('lets the head record training with a certificate', async () => {
    await head.getByRole('button', { name: 'Record training', exact: true }).click();
    const dialog = head.getByRole('dialog', { name: 'Record training' });
    await dialog.waitFor();
    const person = await dialog.getByLabel('Member of staff').locator('option:checked').textContent();
    // Today (UTC is never ahead of London), so this record runs longer than any the demo already holds.
    await dialog.getByLabel(/^Date completed/).fill(new Date().toISOString().slice(0, 10));
    await dialog.getByLabel(/^Certificate/).setInputFiles({
      name: 'certificate.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n% demo certificate\n%%EOF\n'),
    });
    await checkPage(head, '25-training-record-modal');
    await dialog.getByRole('button', { name: 'Save training' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const row = head
      .getByRole('table', { name: 'Training of every member of staff' })
      .getByRole('row', { name: new RegExp(person!) });
    await row.getByRole('link', { name: /^Certificate for Induction/ }).waitFor();
    await checkPage(head, '26-training-recorded');
  });
});
