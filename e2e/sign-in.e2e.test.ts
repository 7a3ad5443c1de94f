// Issue 13 in a real browser: the head invites a teacher who has no sign-in; the teacher opens the link from the
// email (the server's mail outbox folder), chooses a password and signs in with it. Then the head sets up signing in
// with Microsoft against a real OpenID provider running in this test process, and another teacher signs in through
// it. Every page is scanned with axe-core and photographed.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestProvider, type TestProvider } from '../apps/api/src/testing/oidc-test-provider.ts';
import { expectAccessible, saveScreenshot } from './support/browser.ts';
import { useBrowser } from './support/use-browser.ts';
import { signInAs, signOut } from './support/sign-in.ts';

const HEAD_EMAIL = 'head@primary.schoolgate.test';
const TEACHER_PASSWORD = 'copper kettle morning tide';
const TENANT = '0f6c1a7e-5b1d-4c8e-9a7f-2d3e4f5a6b7c';

async function checkPage(page: Page, name: string): Promise<void> {
  await expectAccessible(page, name);
  await expect.poll(() => page.locator('h1').count()).toBe(1);
  await saveScreenshot(page, name);
}

/** The newest email to `to` in the server's outbox folder, waiting for it to be written. */
async function emailTo(outbox: string, to: string): Promise<string> {
  let found = '';
  await expect
    .poll(
      () => {
        if (!fs.existsSync(outbox)) return '';
        const files = fs.readdirSync(outbox).sort();
        for (const file of files.reverse()) {
          const text = fs.readFileSync(path.join(outbox, file), 'utf8');
          if (text.includes(`To: ${to}\n`) && text.includes('set up your sign-in')) return (found = text);
        }
        return '';
      },
      { timeout: 15_000 },
    )
    .not.toBe('');
  return found;
}

describe('sign-in: invitations and the school identity provider', () => {
  const baseUrl = inject('baseUrl');
  const outbox = inject('mailOutbox');
  const web = useBrowser('sign-in', { viewport: { width: 1280, height: 800 }, timeoutMs: 20_000 });
  let head: Page;
  let op: TestProvider;

  beforeAll(async () => {
    head = await web.newPage();
    op = await startTestProvider({ redirectUris: [`${baseUrl}/api/auth/oidc/microsoft/callback`] });
  });
  afterAll(async () => {
    await op?.close();
  });

  /** A demo member of staff with an email and no sign-in, read through the head's session. */
  async function staffWithoutSignIn(skip: string[] = []) {
    const list = (await head.evaluate(async () => {
      const res = await fetch('/api/staff?pageSize=100&status=active');
      return res.json();
    })) as {
      items: Array<{ firstName: string; lastName: string; email: string | null; canSignIn: boolean; role: string }>;
    };
    const person = list.items.find((p) => !p.canSignIn && p.email && p.role === 'staff' && !skip.includes(p.email));
    if (!person) throw new Error('The demo school has no member of staff without a sign-in left.');
    return person;
  }

  it('the head invites a teacher, who opens the emailed link, chooses a password and signs in', async () => {
    await signInAs(head, baseUrl, HEAD_EMAIL);
    await head.goto('/people/staff');
    const teacher = await staffWithoutSignIn();
    const name = `${teacher.firstName} ${teacher.lastName}`;
    await head.getByLabel('Search staff by name or email').fill(teacher.lastName);
    await head.getByRole('button', { name: `Invite ${name}` }).click();
    await head.getByText(`Invitation emailed to ${name}.`).waitFor();
    await head
      .getByRole('row', { name: new RegExp(name) })
      .getByText(/^Invited /)
      .waitFor();
    await checkPage(head, 'sign-in-01-staff-invited');

    const email = await emailTo(outbox, teacher.email!);
    const link = /(https?:\/\/\S+\/invitation\/[A-Za-z0-9_-]+)/.exec(email)![1]!;
    const { context: teacherContext, page } = await web.newContextPage();
    try {
      await page.goto(link);
      await page.getByRole('heading', { level: 1, name: `Welcome, ${teacher.firstName}` }).waitFor();
      await checkPage(page, 'sign-in-02-invitation');
      await page.getByLabel(/^Choose a password/).fill('password');
      await page.getByRole('button', { name: 'Set my password and sign in' }).click();
      await page
        .getByText(/at least 12|too common|common/i)
        .first()
        .waitFor();
      await page.getByLabel(/^Choose a password/).fill(TEACHER_PASSWORD);
      await page.getByRole('button', { name: 'Set my password and sign in' }).click();
      await page.getByRole('heading', { level: 1, name: /^Welcome/ }).waitFor();
      await checkPage(page, 'sign-in-03-teacher-dashboard');

      // The link is spent; the password works.
      await signOut(page);
      await page.goto(link);
      await page.getByRole('heading', { level: 1, name: 'This invitation cannot be used' }).waitFor();
      await checkPage(page, 'sign-in-04-invitation-used');
      await page.goto('/sign-in');
      await page.getByLabel('Email address').fill(teacher.email!);
      await page.getByLabel(/^Password/).fill(TEACHER_PASSWORD);
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: /^Welcome/ }).waitFor();
    } finally {
      await teacherContext.close();
    }
  });

  it('the head sets up Microsoft sign-in, and a teacher signs in through the provider', async () => {
    await head.goto('/people/sign-in');
    await head.getByRole('heading', { level: 1, name: 'Sign-in' }).waitFor();
    const form = head.getByRole('form', { name: 'Microsoft sign-in settings' });
    await form.getByLabel(/^Directory \(tenant\) id/).fill(TENANT);
    await form.getByLabel(/^Client id/).fill(op.clientId);
    await form.getByLabel(/^Client secret/).fill(op.clientSecret);
    await form.getByLabel(/^Issuer address/).fill(op.issuer);
    await form.getByRole('button', { name: 'Save Microsoft sign-in' }).click();
    await head.getByText('Signing in with Microsoft is saved.').waitFor();
    await head.getByText(/On: staff can sign in with their Microsoft account/).waitFor();
    await checkPage(head, 'sign-in-05-settings');

    const teacher = await staffWithoutSignIn();
    op.accounts.set('teacher', { claims: { tid: TENANT, email: teacher.email, email_verified: true } });
    op.nextLogin.accountId = 'teacher';
    const { context: teacherContext, page } = await web.newContextPage();
    try {
      await page.goto('/sign-in');
      const button = page.getByRole('link', { name: /^Sign in with Microsoft/ });
      await button.waitFor();
      await checkPage(page, 'sign-in-06-sign-in-page-with-microsoft');
      await button.click();
      await page.getByRole('heading', { level: 1, name: /^Welcome/ }).waitFor();
      await checkPage(page, 'sign-in-07-signed-in-with-microsoft');
    } finally {
      await teacherContext.close();
    }

    // Someone the school does not employ is refused, with the reason (a new browser: no provider session).
    const { context: strangerContext, page: stranger } = await web.newContextPage();
    try {
      op.accounts.set('stranger', {
        claims: { tid: TENANT, email: 'stranger@elsewhere.example', email_verified: true },
      });
      op.nextLogin.accountId = 'stranger';
      await stranger.goto('/sign-in');
      await stranger.getByRole('link', { name: /^Sign in with Microsoft/ }).click();
      await stranger.getByRole('alert').filter({ hasText: 'No member of staff at this school' }).waitFor();
      await checkPage(stranger, 'sign-in-08-refused-unknown-person');
    } finally {
      await strangerContext.close();
    }
  });
});
