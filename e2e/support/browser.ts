// Debian's Chromium driven by playwright-core (no browser download), plus the two checks every page gets:
// an axe-core scan and a screenshot for a person to look at.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AxeResults, Result } from 'axe-core';
import { chromium, type Browser, type Page } from 'playwright-core';

declare global {
  interface Window {
    axe: { run: (context: Document, options: object) => Promise<AxeResults> };
  }
}

const require = createRequire(import.meta.url);
let cachedAxeSource: string | undefined;
function axeSource(): string {
  cachedAxeSource ??= fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  return cachedAxeSource;
}

const artifactsDir = fileURLToPath(new URL('../artifacts/', import.meta.url));

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

function describeViolation(violation: Result): string {
  const targets = violation.nodes
    .slice(0, 5)
    .map((node) => `    ${node.target.join(' ')}: ${node.failureSummary?.replace(/\s+/g, ' ') ?? ''}`)
    .join('\n');
  return `- [${violation.impact}] ${violation.id}: ${violation.help}\n${targets}`;
}

/**
 * Waits for CSS transitions to finish (a modal fading in, a button leaving its loading state): axe measures colours
 * as they are at that instant, so half-faded text would be reported as low contrast.
 */
async function settle(page: Page): Promise<void> {
  await page
    .waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), undefined, {
      timeout: 2_000,
    })
    .catch(() => undefined); // an endless animation (a spinner) should not stop the check
}

/** Runs axe-core on the page as it is now and fails, listing them, on any serious or critical violation. */
export async function expectAccessible(page: Page, pageName: string): Promise<void> {
  await settle(page);
  const hasAxe = await page.evaluate(() => typeof window.axe !== 'undefined');
  // Evaluated through the DevTools protocol rather than added as a <script>, so the app's real Content Security
  // Policy (script-src 'self') stays on while it is tested.
  if (!hasAxe) await page.evaluate(axeSource());
  const results = await page.evaluate(() =>
    window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      resultTypes: ['violations'],
    }),
  );
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (serious.length > 0) {
    throw new Error(
      `Accessibility problems on ${pageName} (${page.url()}):\n${serious.map(describeViolation).join('\n')}`,
    );
  }
}

/** Saves a full-page screenshot to e2e/artifacts/<name>.png (gitignored) and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(artifactsDir, { recursive: true });
  const file = path.join(artifactsDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
