// @ts-check
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import { copyShareCards } from './src/integrations/copy-share-cards.ts';
import { ingestOnChange } from './src/integrations/ingest-on-change.ts';
import { permalinkLedger } from './src/integrations/permalink-ledger.ts';
import { readContentStore } from './src/integrations/read-content-store.ts';
import { sitemapFromDist } from './src/integrations/write-sitemap.ts';
import { siteConfig } from './src/lib/site-config.ts';
import remarkMarkClaims from './src/remark/mark-claims.ts';
import remarkNeutraliseMarkup from './src/remark/neutralise-markup.ts';

// Astro caches rendered Markdown and drops the cache only when the (JSON-serialisable part of
// the) config changes; plugin code is not part of that. A hash of our plugins' sources, passed
// as an option, makes a change to them re-render every entry.
const remarkDir = new URL('./src/remark/', import.meta.url);
const pluginsDigest = createHash('sha256')
  .update(readdirSync(remarkDir).sort().map((file) => readFileSync(new URL(file, remarkDir), 'utf8')).join('\0'))
  .digest('hex')
  .slice(0, 16);

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  // RECOUNT_CACHE_DIR keeps a build's caches (content store, share cards) apart from the default
  // ones: tests and benchmarks build other content trees without touching the developer's caches.
  ...(process.env.RECOUNT_CACHE_DIR ? { cacheDir: `${process.env.RECOUNT_CACHE_DIR}/astro` } : {}),
  site: siteConfig.url,
  base: siteConfig.base,
  trailingSlash: 'always',
  // Several pages in flight: rendering one while another is written keeps the CPU busy.
  build: { format: 'directory', concurrency: 4 },
  vite: {
    // The share button's script is an external file, cached once, rather than inlined into every
    // claim page (tens of thousands of copies on a big site).
    build: { assetsInlineLimit: 0 },
    // `astro dev` watches the project folder; benchmark corpora and caches under .cache/ hold
    // hundreds of thousands of files and would exhaust the system's file watchers.
    server: { watch: { ignored: ['**/.cache/**', '**/dist/**'] } },
  },
  // Sitemap; re-ingest when a source changes during `astro dev`; keep every published URL alive;
  // copy the share cards into dist/ from their cache; pages read the content store's file (fast)
  // rather than compile it as code.
  integrations: [sitemapFromDist(), ingestOnChange(), permalinkLedger(), copyShareCards(), readContentStore()],
  markdown: {
    // unified (remark/rehype) rather than Astro's default Sätteri, so our remark plugins run.
    // Smart punctuation and GFM would rewrite article text (quotes, autolinks); a fact-check
    // site shows quotations exactly as published.
    processor: unified({
      smartypants: false,
      gfm: false,
      remarkPlugins: [
        // Article bodies are untrusted: raw HTML and unsafe links become text first ...
        remarkNeutraliseMarkup,
        // ... then each claim's sentence is marked in place and linked to its permalink.
        [
          remarkMarkClaims,
          { base: siteConfig.base, log: (/** @type {string} */ line) => console.warn(`[recount] ${line}`), pluginsDigest },
        ],
      ],
    }),
  },
});
