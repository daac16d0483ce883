// Headless Chromium for the end-to-end tests: Debian's /usr/bin/chromium driven by
// playwright-core (never a downloaded browser), pages that record every console error, page
// error and dialog, and an axe-core sweep injected from node_modules (no network).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { onTestFinished } from 'vitest';

/** Where Debian installs Chromium. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Flags for a quiet, offline, sandbox-free headless Chromium. */
export const CHROMIUM_ARGS = Object.freeze([
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
]);

/** The window sizes the site promises to work at. */
export const VIEWPORTS = Object.freeze({
  phone: { width: 360, height: 740 },
  desktop: { width: 1280, height: 800 },
});
export type Viewport = { width: number; height: number };

/** Starts headless Chromium; close it in `afterAll`. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
}

/** A page that keeps a log of what went wrong in it. */
export interface TrackedPage {
  page: Page;
  /** Console errors (which include HTTP errors), uncaught page errors, failed requests and dialogs, one line each. */
  errors: string[];
  /** Throws, listing them, when anything went wrong in the page. */
  assertNoErrors(): void;
  /** Closes the page (and its context). */
  close(): Promise<void>;
}

/** Options for `newPage`. */
export interface NewPageOptions {
  /** Window size; the desktop size unless given. */
  viewport?: Viewport;
  /** Light or dark scheme for `prefers-color-scheme`. */
  colorScheme?: 'light' | 'dark';
  /** Run the page's JavaScript (default true); false shows what works without it. */
  javaScriptEnabled?: boolean;
  /**
   * Fail the current test after it finishes when the page logged any error (default true).
   * Only takes effect when `newPage` is called inside a test, not in a `beforeAll`.
   */
  failTestOnErrors?: boolean;
}

/** Opens a page in a fresh context that records console errors, page errors, failed requests and dialogs. */
export async function newPage(browser: Browser, options: NewPageOptions = {}): Promise<TrackedPage> {
  const context = await browser.newContext({
    viewport: options.viewport ?? VIEWPORTS.desktop,
    colorScheme: options.colorScheme ?? 'light',
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url, lineNumber } = message.location();
    errors.push(`console error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? 'unknown reason';
    // A request cut short by navigating away (a favicon, say) is not the site's failure.
    if (reason === 'net::ERR_ABORTED') return;
    errors.push(`request failed: ${request.url()} (${reason})`);
  });
  page.on('dialog', (dialog) => {
    errors.push(`dialog (${dialog.type()}): ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });

  const tracked: TrackedPage = {
    page,
    errors,
    assertNoErrors() {
      if (errors.length > 0) throw new Error(`${page.url()} had ${errors.length} error(s):\n  ${errors.join('\n  ')}`);
    },
    close: () => context.close(),
  };
  if (options.failTestOnErrors ?? true) {
    try {
      onTestFinished(() => tracked.assertNoErrors());
    } catch {
      // Called outside a test (in beforeAll): the caller asserts by itself.
    }
  }
  return tracked;
}

/** One accessibility violation as axe reports it, reduced to what a failure message needs. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  /** CSS selectors and HTML of the offending elements (at most five). */
  nodes: Array<{ target: string; html: string }>;
}

const require = createRequire(import.meta.url);
let axeSource: string | undefined;

/** Impacts that fail the build: axe's `serious` and `critical`. */
export const BLOCKING_IMPACTS = Object.freeze(['serious', 'critical']);

/**
 * Runs axe-core (from node_modules) in the page and returns its serious and critical
 * violations. The script is evaluated through the debugging protocol, so a page's
 * Content-Security-Policy cannot block it.
 */
export async function axe(page: Page): Promise<AxeViolation[]> {
  // Injected once per document: later runs on the same page (other sizes, other schemes) reuse it.
  if (!(await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object'))) {
    axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
    const loaded = await page.evaluate(`(() => { ${axeSource}; return typeof window.axe === 'object'; })()`);
    if (loaded !== true) throw new Error(`axe-core did not load in ${page.url()}`);
  }
  const violations = await page.evaluate(async () => {
    type AxeResult = {
      violations: Array<{
        id: string;
        impact: string | null;
        help: string;
        helpUrl: string;
        nodes: Array<{ target: unknown[]; html: string }>;
      }>;
    };
    const runner = (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResult> } }).axe;
    const result = await runner.run(document, { resultTypes: ['violations'] });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      helpUrl: violation.helpUrl,
      nodes: violation.nodes.slice(0, 5).map((node) => ({ target: node.target.map(String).join(' '), html: node.html.slice(0, 200) })),
    }));
  });
  return violations.filter((violation) => violation.impact !== null && BLOCKING_IMPACTS.includes(violation.impact));
}

/** One readable line per violation and element, for a failure message. */
export function formatViolations(violations: AxeViolation[]): string {
  return violations
    .flatMap((violation) => [
      `${violation.impact}: ${violation.id}: ${violation.help} (${violation.helpUrl})`,
      ...violation.nodes.map((node) => `    at ${node.target}: ${node.html}`),
    ])
    .join('\n');
}
