// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import recount from './recount.config.mjs';

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  site: recount.url,
  base: recount.base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    // unified (remark/rehype) rather than Astro's default Sätteri, so our remark plugins run.
    // Smart punctuation and GFM would rewrite article text (quotes, autolinks); a fact-check
    // site shows quotations exactly as published.
    processor: unified({ smartypants: false, gfm: false }),
  },
});
