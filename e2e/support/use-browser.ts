// The browser set-up every e2e file shares: Chromium launched once for the file, a page per person (each in a
// context of its own, so each has its own sign-in), a screenshot of every open page when a test fails, and all of it
// closed at the end. Call it at the top of a describe block; pages are opened in the file's own beforeAll.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { launchBrowser, saveScreenshot } from './browser.ts';

export interface PageOptions {
  /** Another server than the global set-up's (the first-run test starts its own). */
  baseUrl?: string;
  viewport?: { width: number; height: number };
  /** How long a single step (a click, a wait for text) may take. */
  timeoutMs?: number;
  /** The browser's time zone, for a test that reads times off the page (the server's is UTC). */
  timezoneId?: string;
}

export interface BrowserSession {
  /** The server the global set-up started (also the pages' base URL). */
  readonly baseUrl: string;
  /** A new page in a context of its own (no cookies), with the app's base URL and the en-GB locale. */
  newPage(options?: PageOptions): Promise<Page>;
  /** The same as newPage, with its context, for a test that opens further pages in it or clears its cookies. */
  newContextPage(options?: PageOptions): Promise<{ context: BrowserContext; page: Page }>;
}

const DEFAULT_VIEWPORT = { width: 1280, height: 900 };
const DEFAULT_STEP_TIMEOUT_MS = 15_000;

/**
 * Registers the file's browser hooks and returns how to open pages. `name` prefixes the screenshots taken when a
 * test fails (e2e/artifacts/failed-<name>-<n>-<test>.png, one per open page).
 */
export function useBrowser(name: string, defaults: PageOptions = {}): BrowserSession {
  const baseUrl = inject('baseUrl');
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  const newContextPage = async (options: PageOptions = {}) => {
    if (!browser) throw new Error('useBrowser: open pages in beforeAll or a test, after the browser has started.');
    const context = await browser.newContext({
      baseURL: options.baseUrl ?? baseUrl,
      locale: 'en-GB',
      viewport: options.viewport ?? defaults.viewport ?? DEFAULT_VIEWPORT,
      ...((options.timezoneId ?? defaults.timezoneId) ? { timezoneId: options.timezoneId ?? defaults.timezoneId } : {}),
    });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(options.timeoutMs ?? defaults.timeoutMs ?? DEFAULT_STEP_TIMEOUT_MS);
    return { context, page };
  };

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterEach(async (test) => {
    if (test.task.result?.state !== 'fail') return;
    const testName = test.task.name.replace(/\W+/g, '-').slice(0, 50);
    const pages = contexts.flatMap((context) => context.pages()).filter((page) => !page.isClosed());
    for (const [index, page] of pages.entries()) {
      await saveScreenshot(page, `failed-${name}-${index + 1}-${testName}`).catch(() => undefined);
    }
  });

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
  });

  return {
    baseUrl,
    newContextPage,
    newPage: async (options) => (await newContextPage(options)).page,
  };
}
