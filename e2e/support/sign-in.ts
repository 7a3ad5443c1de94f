// Signs a demo person in through the real pages, whatever stage their two-factor set-up is at. One server serves
// every e2e file of a run, so the first file to use a leader enrols them and later files must verify instead: the
// secret shown at enrolment is kept in a temporary file per server, for any later file that signs the same person in.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as OTPAuth from 'otpauth';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../apps/api/src/seed/demo-data.ts';

const secretsDir = (baseUrl: string) =>
  path.join(os.tmpdir(), 'schoolgate-e2e-secrets', baseUrl.replace(/[^a-z0-9]+/gi, '-'));

// Schoolgate accepts each 30-second code once (as it should). Two sign-ins of one person within 30 seconds, from
// this file or another, would otherwise reuse a code: the step last used for each secret is kept on disk, and the
// next sign-in uses the following step's code, which the server accepts as allowed clock drift.
const usedStepsFile = path.join(os.tmpdir(), 'schoolgate-e2e-secrets', 'used-steps.json');

export async function totpFor(secret: string): Promise<string> {
  fs.mkdirSync(path.dirname(usedStepsFile), { recursive: true });
  const used: Record<string, number> = fs.existsSync(usedStepsFile)
    ? (JSON.parse(fs.readFileSync(usedStepsFile, 'utf8')) as Record<string, number>)
    : {};
  const step = Math.max(Math.floor(Date.now() / 30_000), (used[secret] ?? -1) + 1);
  // The server accepts the next step's code as clock drift; anything later needs a wait until it is near.
  const waitMs = (step - 1) * 30_000 - Date.now();
  if (waitMs > 0) await new Promise((resolve) => setTimeout(resolve, waitMs + 500));
  used[secret] = step;
  fs.writeFileSync(usedStepsFile, JSON.stringify(used), { mode: 0o600 });
  return new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) }).generate({ timestamp: step * 30_000 + 1_000 });
}

export function rememberSecret(baseUrl: string, email: string, secret: string): void {
  fs.mkdirSync(secretsDir(baseUrl), { recursive: true });
  fs.writeFileSync(path.join(secretsDir(baseUrl), email), secret, { mode: 0o600 });
}

export function recallSecret(baseUrl: string, email: string): string {
  const file = path.join(secretsDir(baseUrl), email);
  if (!fs.existsSync(file)) {
    throw new Error(`${email} already has two-factor sign-in, set up by a test that did not keep its secret.`);
  }
  return fs.readFileSync(file, 'utf8');
}

/** Signs in and returns once the app's dashboard is showing. */
export async function signInAs(page: Page, baseUrl: string, email: string): Promise<void> {
  // A test that failed part-way leaves its person signed in; start every sign-in from no session at all.
  await page.context().clearCookies();
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel(/^Password/).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname !== '/sign-in');
  const where = new URL(page.url()).pathname;

  if (where === '/two-factor/setup') {
    const secretBlock = page.getByTestId('totp-secret');
    await secretBlock.waitFor();
    const secret = (await secretBlock.textContent())?.replace(/\s+/g, '') ?? '';
    rememberSecret(baseUrl, email, secret);
    await page.getByLabel('6-digit code from your app').fill(await totpFor(secret));
    await page.getByRole('button', { name: 'Turn on two-factor sign-in' }).click();
    await page.getByText('Store these recovery codes safely').waitFor();
    await page.getByRole('button', { name: /stored them safely/ }).click();
  } else if (where === '/two-factor') {
    await page.getByLabel('Security code').fill(await totpFor(recallSecret(baseUrl, email)));
    await page.getByRole('button', { name: 'Continue' }).click();
  }
  await page.waitForURL(`${baseUrl}/`);
  await page.getByRole('heading', { level: 1, name: /^Welcome/ }).waitFor();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL('**/sign-in');
}
