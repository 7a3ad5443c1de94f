// What a member of staff and a governor see: links their role cannot use are left out of the navigation, and a
// typed address for such a page explains instead of failing.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, saveScreenshot } from './support/browser.ts';
import { useBrowser } from './support/use-browser.ts';
import { signInAs, signOut } from './support/sign-in.ts';

describe('roles: the navigation follows what each role may do', () => {
  const baseUrl = inject('baseUrl');
  const web = useBrowser('roles', { viewport: { width: 1280, height: 800 } });
  let page: Page;

  beforeAll(async () => {
    page = await web.newPage();
  });

  const navLinks = async () =>
    (await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link').allTextContents()).map((t) =>
      t.trim(),
    );

  it('shows a member of staff neither People nor the audit log, and explains if they go there', async () => {
    await signInAs(page, baseUrl, 'staff@primary.schoolgate.test');
    const links = await navLinks();
    expect(links).toContain('Dashboard');
    expect(links).not.toContain('People');
    expect(links).not.toContain('Audit log');

    await page.goto('/audit');
    await page.getByText('Your role does not give you access to this page.').waitFor();
    await expectAccessible(page, 'audit log as staff');
    await saveScreenshot(page, 'roles-01-staff-no-access');
    await signOut(page);
  });

  it('lets a governor check the audit chain without reading the entries', async () => {
    await signInAs(page, baseUrl, 'governor@primary.schoolgate.test');
    const links = await navLinks();
    expect(links).toContain('Audit log');
    expect(links).not.toContain('People');

    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Audit log' }).click();
    await page.getByRole('button', { name: 'Verify the chain' }).click();
    await page.getByText(/^Intact: /).waitFor();
    expect(await page.getByRole('table').count()).toBe(0);
    await expectAccessible(page, 'audit log as governor');
    await saveScreenshot(page, 'roles-02-governor-verify');
    await signOut(page);
  });
});
