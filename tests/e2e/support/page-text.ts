// Small helpers for reading pages in the browser tests.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { e2eSite } from './site.ts';

/** Collapses whitespace, so text compares the same however the HTML wrapped it. */
export function squash(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** The path of the current page, without the base path (failing the test when it is outside it). */
export function sitePathOf(page: Page): string {
  const { pathname } = new URL(page.url());
  const { basePath } = e2eSite();
  expect(pathname.startsWith(basePath), `${pathname} is outside the base path ${basePath}`).toBe(true);
  return decodeURIComponent(pathname.slice(basePath.length));
}
