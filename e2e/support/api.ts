// Set-up through the API of the signed-in page, for browser tests whose subject is elsewhere (posts need runners
// who have signed the policy in force and are trained: the demo's runners have signed its first version, but another
// browser test may have published a newer one).
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** A request as the page's signed-in person; fails the test, with the answer, unless it succeeds. */
export async function api(page: Page, method: 'GET' | 'POST', url: string, data?: object) {
  const res = await page.request.fetch(url, { method, ...(data ? { data } : {}) });
  expect(res.status(), `${method} ${url}: ${await res.text()}`).toBeLessThan(300);
  return res.json();
}

/** Signs the policy in force as the page's person, if they are asked to and have not yet. */
export async function signPolicy(page: Page): Promise<void> {
  const mine = await api(page, 'GET', '/api/acceptance/me');
  if (!mine.signed && mine.version) {
    await api(page, 'POST', '/api/acceptance/sign', {
      versionId: mine.version.id,
      typedName: mine.expectedName,
      confirmed: true,
    });
  }
}

/**
 * Makes the account administrators and the head able to approve and publish: each runner's page signs the policy in
 * force, and the head records an in-date refresher for everyone holding those roles.
 */
export async function readyRunners(head: Page, runners: readonly Page[], today: string): Promise<void> {
  for (const page of runners) await signPolicy(page);
  const staff = (await api(head, 'GET', '/api/staff?pageSize=200')).items as { id: string; role: string }[];
  for (const person of staff.filter((s) => s.role === 'account_admin' || s.role === 'head')) {
    await api(head, 'POST', '/api/training/records', { staffId: person.id, kind: 'refresher', completedOn: today });
  }
}
