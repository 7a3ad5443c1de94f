// An administrator connects the school's approved Instagram account for sport through the platform simulator's
// sign-in pages, as a school would through Meta's: the register sends them to the "Allow" page, Meta (the
// simulator) sends them back, they pick the account that matches, and the register shows it healthy. A comment
// on it then arrives in moderation.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { SPARE_ACCOUNTS } from '../apps/api/src/platform-simulator/demo-accounts.ts';
import { expectAccessible, saveScreenshot } from './support/browser.ts';
import { useBrowser } from './support/use-browser.ts';
import { signInAs } from './support/sign-in.ts';

const ADMIN_EMAIL = 'account_admin@primary.schoolgate.test';
const COMMENT = 'Is the netball match against Hillcrest still on this Saturday?';

describe('connecting an approved Instagram account', () => {
  const baseUrl = inject('baseUrl');
  const web = useBrowser('account-connect', { timeoutMs: 20_000 });
  let page: Page;
  /** Where the simulator runs: learnt from its sign-in page, since it runs inside the server on a free port. */
  let simulatorUrl = '';

  beforeAll(async () => {
    page = await web.newPage();
  });

  const row = () =>
    page.getByRole('row').filter({ hasText: SPARE_ACCOUNTS.instagram.handle }).filter({ hasText: 'Instagram' }).first();

  it('goes to the platform’s sign-in page from the register', async () => {
    await signInAs(page, baseUrl, ADMIN_EMAIL);
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Official accounts' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Official accounts' }).waitFor();
    await row().waitFor();
    expect(await row().textContent()).toContain('Approved, not connected');
    await expectAccessible(page, 'account register before connecting');
    await saveScreenshot(page, 'account-connect-01-register');

    await row()
      .getByRole('button', { name: `Connect to Instagram: ${SPARE_ACCOUNTS.instagram.handle}` })
      .click();
    await page.waitForURL('**/oauth/meta/dialog?**');
    simulatorUrl = new URL(page.url()).origin;
    const asked = new URL(page.url()).searchParams;
    expect(asked.get('redirect_uri')).toMatch(/\/api\/oauth\/meta\/callback$/);
    expect(asked.get('state')?.length).toBeGreaterThan(40);
    await page.getByRole('heading', { name: /would like to manage your Pages and Instagram accounts/ }).waitFor();
    expect(await page.getByRole('checkbox', { name: 'instagram_manage_comments' }).isChecked()).toBe(true);
    await saveScreenshot(page, 'account-connect-02-simulated-meta-allow');
  });

  it('comes back to choose the account that matches, and connects it', async () => {
    await page.getByRole('button', { name: 'Allow' }).click();
    await page.waitForURL('**/accounts/connect?connection=*');
    await page.getByRole('heading', { level: 1, name: 'Connect an account' }).waitFor();
    const match = page.getByRole('radio', { name: /meadowbank_sport .*matches the approved account/ });
    await match.waitFor();
    expect(await match.isChecked()).toBe(true);
    // The demo's own Instagram account is offered too, but it is already connected.
    expect(await page.getByRole('radio', { name: /already connected/ }).isDisabled()).toBe(true);
    await expectAccessible(page, 'choose the account to connect');
    await saveScreenshot(page, 'account-connect-03-choose');

    await page.getByRole('button', { name: 'Connect this account' }).click();
    await page.getByText(/is connected\. The register shows its health\./).waitFor();
    await saveScreenshot(page, 'account-connect-04-connected');
  });

  it('shows it healthy on the register', async () => {
    await page.getByRole('link', { name: 'Back to the register' }).click();
    await page.getByRole('heading', { level: 1, name: 'Official accounts' }).waitFor();
    await row().getByText('Comments arrive as they are written.').waitFor();
    const text = (await row().textContent()) ?? '';
    expect(text).toContain('Connected');
    expect(text).toContain('Access does not run out.');
    for (const problem of [
      'Needs reconnecting',
      'A permission is missing',
      'Comments are not arriving',
      'Not connected yet',
    ]) {
      expect(text).not.toContain(problem);
    }
    await expectAccessible(page, 'account register after connecting');
    await saveScreenshot(page, 'account-connect-05-register-healthy');
  });

  it('receives a comment on it in moderation', async () => {
    const sent = await fetch(`${simulatorUrl}/sim/comments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ accountId: SPARE_ACCOUNTS.instagram.id, text: COMMENT, authorName: 'Jo Parent' }),
    });
    expect(sent.status).toBe(200);
    // Every comment on this account, not only those left to review (a friendly question may count as reviewed).
    const register = (await (await page.request.get('/api/accounts')).json()) as {
      items: { id: string; platform: string; handle: string }[];
    };
    const account = register.items.find(
      (a) => a.platform === 'instagram' && a.handle === SPARE_ACCOUNTS.instagram.handle,
    );
    expect(account).toBeDefined();
    await page.goto(`/moderation?view=all&account=${account!.id}`);
    await page.getByRole('heading', { level: 1, name: 'Moderation' }).waitFor();
    const deadline = Date.now() + 60_000;
    while ((await page.getByText(COMMENT).count()) === 0) {
      if (Date.now() > deadline) throw new Error('The comment on the connected account did not reach moderation.');
      await page.waitForTimeout(1_500);
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Moderation' }).waitFor();
    }
    await page.getByText(COMMENT).first().scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'account-connect-06-comment-in-moderation');
  }, 90_000);
});
