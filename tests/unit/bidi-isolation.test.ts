// Text that comes from a source (titles, outlets, speakers, subjects, sentences, figures) is
// shown inside <bdi>, so a right-to-left override in a hostile outlet or speaker name cannot
// reverse the site's own text beside it (the date, the claim count); long words from a source
// wrap at phone width. Checked on the templates: every place that prints such a field as page
// text, in every component, layout and page.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const TEMPLATE_DIRS = ['src/components', 'src/layouts', 'src/pages'];
/** A field read from an entry, a claim, a topic, a speaker or a review, printed as page text. */
const SOURCE_FIELD = /(?<![=$\w])\{((?:\w+\.)*(?:speaker|outlet|title|subject|text|quantity)|(?:\w+\.)*(?:speaker|page)\.(?:name|label)|speakerName|sourceName\([\w.]+\))\}/g;
/** Fields of the same names that the site writes itself. */
const SITE_TEXT = /^siteConfig\.|(?:^|\.)change\.|^(?:column|field)\./;

function templates(): string[] {
  return TEMPLATE_DIRS.flatMap((dir) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.astro')).map((name) => path.join(dir, name)));
}

/** The places in a template's markup (not its front-matter, scripts or SVG text) that print a source field outside <bdi>. */
function unisolated(source: string): string[] {
  const markup = source.replace(/^---[\s\S]*?\n---/, '').replace(/<(script|style)[\s\S]*?<\/\1>/g, '');
  const found: string[] = [];
  for (const match of markup.matchAll(SOURCE_FIELD)) {
    const before = markup.slice(Math.max(0, match.index - 40), match.index);
    if (SITE_TEXT.test(match[1]!) || before.endsWith('<bdi>') || /<(?:title|text)\b[^>]*>\s*$/.test(before)) continue;
    found.push(match[0]);
  }
  return found;
}

describe('text from sources in the templates', () => {
  it.each(templates().map((file) => [file]))('%s prints source fields only inside <bdi>', (file) => {
    expect(unisolated(readFileSync(file, 'utf8'))).toEqual([]);
  });

  it.each([
    ['<p>{claim.speaker}</p>', ['{claim.speaker}']],
    ['<p><bdi>{claim.speaker}</bdi> · {date}</p>', []],
    ['<Base title={data.title} />', []],
    ['<p>{`${article.outlet}`}</p>', []],
  ])('the check flags %s as %j', (markup, expected) => {
    expect(unisolated(markup)).toEqual(expected);
  });
});

describe('the site stylesheet', () => {
  const css = readFileSync('src/styles/site.css', 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  it('isolates <bdi> from the text around it', () => {
    expect(css).toMatch(/\bbdi\s*\{[^}]*unicode-bidi:\s*isolate/);
  });
  it.each(['h1', 'h2', 'h3', 'td', 'p', 'li', 'dd'])('wraps long words in %s', (element) => {
    const rule = [...css.matchAll(/([^{}]+)\{([^}]*)\}/g)].find(([, selectors, body]) => selectors!.split(',').map((s) => s.trim()).includes(element) && /overflow-wrap:\s*(?:anywhere|break-word)/.test(body!));
    expect(rule).toBeDefined();
  });
});
