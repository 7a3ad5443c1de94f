// Issue 15's browser flow: the head of the demo school adds a clause in the school's own words on online harassment
// to the staff section of a new draft, with a summary of changes; the governors' approval is recorded and the version
// published as before; the published page and the Word file show the clause and the PDF downloads; a member of
// staff is asked to sign the new version's statement. Every page is scanned with axe-core and photographed.
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, saveScreenshot } from './support/browser.ts';
import { useBrowser } from './support/use-browser.ts';
import { signInAs } from './support/sign-in.ts';

const HEAD_EMAIL = 'head@primary.schoolgate.test';
const STAFF_EMAIL = 'staff@primary.schoolgate.test';
// Unique per run, so the file does not depend on any other file's data.
const MARK = `ref ${Date.now().toString(36)}`;
const CLAUSE = [
  `We do not accept harassment of staff or pupils online (${MARK}).`,
  '',
  '1. Report **any** online harassment to the headteacher the same day.',
  '2. Keep the evidence and *do not* reply.',
].join('\n');

async function checkPage(page: Page, name: string): Promise<void> {
  await expectAccessible(page, name);
  await expect.poll(() => page.locator('h1').count()).toBe(1);
  await saveScreenshot(page, name);
}

function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
}

describe('policy content: the head adds a clause in the school’s own words', () => {
  const baseUrl = inject('baseUrl');
  const web = useBrowser('policy-content');
  let page: Page;
  let staff: Page;
  let number = 0;

  beforeAll(async () => {
    page = await web.newPage();
    staff = await web.newPage();
  });

  const tab = (name: string) => page.getByRole('tab', { name, exact: true }).click();

  it('finds the editor from the policy page and starts a draft with a summary', async () => {
    await signInAs(page, baseUrl, HEAD_EMAIL);
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Policy' }).click();
    await page.getByRole('heading', { level: 1, name: 'Social media policy' }).waitFor();
    await page.getByRole('link', { name: 'Change the policy’s words' }).click();
    await page.getByRole('tab', { name: 'Edit the policy', selected: true }).waitFor();
    const start = page.getByRole('button', { name: 'Start a new draft' });
    if (await start.count()) {
      await page.getByLabel('What will change (optional)').fill('A clause on online harassment of staff and pupils');
      await start.click();
    }
    const heading = page.getByRole('heading', { name: /^Draft version \d+$/ });
    await heading.waitFor();
    number = Number((await heading.textContent())!.replace('Draft version ', ''));
    // Enforced clauses show the settings' words and where to change them; the trust's locked clause shows its lock.
    await page.getByText('Enforced by Schoolgate').first().waitFor();
    await page.getByText('Locked by the trust', { exact: true }).first().waitFor();
    await checkPage(page, '90-policy-words-draft');
  });

  it('adds the clause to the staff section, previewing it first, and saves the summary', async () => {
    const section = page.getByRole('region', { name: /Personal use of social media by staff/ });
    await section.getByRole('button', { name: /^Add a clause to/ }).click();
    await section.getByLabel(/^New clause for/).fill(CLAUSE);
    await section.getByRole('button', { name: 'Preview' }).click();
    await section.getByLabel('Preview').getByText('any', { exact: true }).waitFor();
    await checkPage(page, '91-policy-words-preview');
    await section.getByRole('button', { name: 'Add the clause' }).click();
    await page.getByText('The clause is added to the draft.').waitFor();
    await section.getByText(new RegExp(MARK)).waitFor();
    await page.getByLabel('What has changed in this version').fill('Added a clause on online harassment (3.2)');
    await page.getByRole('button', { name: 'Save the summary' }).click();
    await page.getByText('The summary of changes is saved.').waitFor();
    await checkPage(page, '92-policy-words-added');
  });

  it('records the governors’ approval and publishes, as before', async () => {
    await tab('Versions');
    await page.getByRole('button', { name: `Record approval of version ${number}` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^Date of the meeting/).fill(today());
    await dialog.getByLabel(/^Minute reference/).fill('FGB 2026/12 item 3');
    await dialog.getByLabel(/^Approved by/).fill('Chair of Governors');
    await dialog.getByRole('button', { name: 'Record approval' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: `Publish version ${number}` }).click();
    const publish = page.getByRole('dialog', { name: `Publish version ${number}?` });
    await publish.getByRole('button', { name: `Publish version ${number}` }).click();
    await publish.waitFor({ state: 'hidden' });
  });

  it('shows the clause with its formatting on the published page and in the Word file, and the PDF downloads', async () => {
    await tab('The policy');
    const article = page.getByRole('article').first();
    await expect.poll(async () => (await article.textContent()) ?? '').toContain(MARK);
    const strong = article.locator('strong', { hasText: 'any' });
    expect(await strong.count()).toBeGreaterThan(0);
    expect(await article.locator('ol li', { hasText: 'Keep the evidence' }).count()).toBe(1);
    await checkPage(page, '93-policy-words-published');
    const href = await page.getByRole('link', { name: `Download PDF of version ${number}` }).getAttribute('href');
    const pdf = await page.request.get(href!);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    // The served PDF is compressed; its rendering of a school's formatted clause is read back in policy-pdf.test.ts.
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    // Governors' packs are put together in Word: the .docx of the same version carries the clause too.
    const word = page.getByRole('link', { name: `Download for Word (.docx) of version ${number}` });
    const docx = await page.request.get((await word.getAttribute('href'))!);
    expect(docx.status()).toBe(200);
    const xml = strFromU8(unzipSync(new Uint8Array(await docx.body()))['word/document.xml']!);
    expect(xml).toContain(MARK);
    expect(xml).toContain('Keep the evidence');
  });

  it('asks a member of staff to sign the new version’s statement', async () => {
    await signInAs(staff, baseUrl, STAFF_EMAIL);
    await staff
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Training and acceptance' })
      .click();
    const form = staff.getByRole('form', { name: 'Sign the Statement of Acceptance' });
    await form.waitFor();
    await staff.getByRole('link', { name: `version ${number} of the social media policy` }).waitFor();
    await form.getByText(/I have read this social media policy/).waitFor();
    await checkPage(staff, '94-policy-words-staff-asked');
  });
});
