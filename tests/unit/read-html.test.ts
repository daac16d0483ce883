import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { blocksOf, countWords, readHtml, stripInertMarkup } from '../../src/ingest/read/read-html.ts';
import { findMetadataElements, readHtmlMetadata } from '../../src/ingest/read/read-html-metadata.ts';
import { REASONS } from '../../src/ingest/read/source-error.ts';

const story = [
  'The water board will spend 40 million euros on new pipes over the next five years, its chair Lena Brandt said on Monday.',
  'About 12% of the treated water is lost to leaks before it reaches a tap, according to the board’s annual report.',
  '"We will replace the oldest 300 kilometres first," Brandt said, adding that work would start in the northern districts.',
];
const page = (head: string, body: string) => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
const storyHtml = story.map((paragraph) => `<p>${paragraph}</p>`).join('\n');

describe('readHtml', () => {
  it('takes the story, not a teaser box for another story that comes first', () => {
    const html = page(
      '<title>Water board to renew pipes</title>',
      `<article class="teaser"><h2><a href="/other">Bus fares rise 5%</a></h2><p><a href="/other">Riders will pay more from May.</a></p></article>
       <div class="story"><h1>Water board to renew pipes</h1>${storyHtml}</div>
       <aside><ul><li><a href="/a">Library hours cut by 2 days</a></li><li><a href="/b">Zoo adds 3 new enclosures</a></li></ul></aside>`,
    );
    const { blocks, headline } = readHtml(html, 'water.html');
    expect(headline).toBe('Water board to renew pipes');
    expect(blocks).toEqual(expect.arrayContaining(story));
    expect(blocks.join(' ')).not.toMatch(/Bus fares|Library hours|Zoo adds/);
  });

  it.each([
    ['a "Read also" link', '<p>Read also: <a href="/other">Bus fares rise 5% from May</a></p>'],
    ['a related-stories list', '<ul><li><a href="/a">Library hours cut by 2 days</a></li><li><a href="/b">Zoo adds 3 new enclosures</a></li></ul>'],
  ])('leaves out %s inside the story', (_, teaser) => {
    const html = page('<title>Water board to renew pipes</title>', `<article><h1>Water board to renew pipes</h1>${storyHtml.replace('</p>', `</p>${teaser}`)}</article>`);
    const text = readHtml(html, 'water.html').blocks.join('\n');
    expect(text).toContain(story[2]);
    expect(text).not.toMatch(/Bus fares|Library hours|Zoo adds/);
  });

  it('keeps a paragraph that only links to a section of the same page', () => {
    const html = page('<title>Water board to renew pipes</title>', `<article>${storyHtml}<h2><a href="#costs">What the pipes will cost</a></h2><p>More below.</p></article>`);
    expect(readHtml(html, 'water.html').blocks).toContain('What the pipes will cost');
  });

  it('refuses a page with no article in one line, naming the file', () => {
    const html = page('<title>Front page</title>', '<nav><a href="/">Home</a></nav><article><h2><a href="/x">Bus fares rise 5%</a></h2></article>');
    expect(() => readHtml(html, 'front.html')).toThrow(`front.html: ${REASONS.noArticle(0)}`);
  });

  it('drops scripts and keeps markup written as text as text', () => {
    const html = page(
      '<script>var tracking = 1;</script>',
      `<article><h1>Water board to renew pipes</h1>${storyHtml}<script>document.write("injected")</script>
       <p>The report shows the figure as &lt;script&gt;alert(1)&lt;/script&gt; in 2 places <img src=x onerror="alert(1)">.</p></article>`,
    );
    const text = readHtml(html, 'hostile.html').blocks.join('\n');
    expect(text).not.toMatch(/tracking|injected/);
    expect(text).toContain('The report shows the figure as <script>alert(1)</script> in 2 places .');
  });

  it.each([
    ['JSON-LD NewsArticle', '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Pipes","datePublished":"2024-03-04T08:00:00+01:00","publisher":{"@type":"Organization","name":"Valley Post"}}</script>'],
    ['Open Graph and article meta tags', '<meta property="og:title" content="Pipes"><meta property="og:site_name" content="Valley Post"><meta property="article:published_time" content="2024-03-04T08:00:00+01:00">'],
  ])('reads title, date and outlet from %s', (_, head) => {
    const { declared } = readHtml(page(`<title>Pipes | Valley Post</title>${head}`, `<article>${storyHtml}</article>`), 'meta.html');
    expect(declared).toMatchObject({ title: 'Pipes', date: '2024-03-04T08:00:00+01:00', outlet: 'Valley Post' });
  });

  it('reads a short story that Readability finds only on a looser second pass as Readability alone does', () => {
    // Under 500 characters, in a box whose class Readability's first pass drops as unlikely.
    const html = page('<title>Pipes</title>', `<div class="comment-box"><p>${story[0]}</p><p>${story[1]}</p></div>`);
    const { document } = parseHTML(stripInertMarkup(html));
    const alone = new Readability<Element>(document as unknown as Document, { serializer: (node) => node as Element }).parse();
    expect(readHtml(html, 'pipes.html').blocks).toEqual(blocksOf(alone!.content!));
    expect(readHtml(html, 'pipes.html').blocks).toEqual(story.slice(0, 2));
  });

  it('falls back to a <time> element for the date', () => {
    const { declared } = readHtml(page('<title>Pipes</title>', `<article><time datetime="2024-03-04">4 March</time>${storyHtml}</article>`), 'time.html');
    expect(declared.date).toBe('2024-03-04');
  });
});

describe('readHtmlMetadata', () => {
  it('reads the article node of a JSON-LD @graph, with its publisher and author', () => {
    const { document } = parseHTML(
      page(
        '<script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"Site"},{"@type":["NewsArticle"],"headline":"H","datePublished":"2023-01-02","author":[{"name":"Ana Ruiz"}],"publisher":{"name":"Valley Post"}}]}</script>',
        '',
      ),
    );
    expect(readHtmlMetadata(document as unknown as Document)).toMatchObject({ title: 'H', date: '2023-01-02', outlet: 'Valley Post', author: 'Ana Ruiz' });
  });

  it('ignores broken JSON-LD and reads the meta tags', () => {
    const { document } = parseHTML(page('<script type="application/ld+json">{broken</script><meta name="dc.date" content="2022-05-06"><meta name="application-name" content="Valley Post">', ''));
    expect(readHtmlMetadata(document as unknown as Document)).toMatchObject({ date: '2022-05-06', outlet: 'Valley Post' });
  });
});

describe('stripInertMarkup', () => {
  it('removes comments, styles, inline SVG, scripts, menus, asides and footers but keeps JSON-LD', () => {
    const html =
      '<!-- c --><style>p{}</style><svg><text>x</text></svg><script>a()</script><script type="application/ld+json">{}</script><nav><a href="/">Home</a></nav><p>kept</p><aside>Most read</aside><footer>© Site</footer>';
    expect(stripInertMarkup(html)).toBe('<script type="application/ld+json">{}</script><p>kept</p>');
  });

  it.each([
    ['an unclosed comment, which runs to the end', '<p>kept</p><!-- <p>hidden</p>', '<p>kept</p>'],
    ['an unclosed script, which runs to the end', '<p>kept</p><script>var a = "<p>x</p>";', '<p>kept</p>'],
    ['an unclosed menu, whose text stays', '<nav><p>kept</p>', '<nav><p>kept</p>'],
  ])('handles %s', (_, html, stripped) => {
    expect(stripInertMarkup(html)).toBe(stripped);
  });

  it('takes time in proportion to the page even with thousands of unclosed openers', () => {
    // A regex with a lazy match rescans the rest of the page for each opener: minutes at this size.
    const started = performance.now();
    for (const opener of ['<!--', '<script ', '<nav>']) stripInertMarkup(`<p>kept</p>${opener.repeat(200_000)}`);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('keeps markup written as text', () => {
    expect(stripInertMarkup('<p>&lt;nav&gt;menu&lt;/nav&gt; and &lt;script&gt;</p>')).toBe('<p>&lt;nav&gt;menu&lt;/nav&gt; and &lt;script&gt;</p>');
  });
});

describe('countWords', () => {
  it.each([
    ['Four words in English', 4],
    ['日本語の文章です', 4],
  ])('counts %j as %i words', (text, words) => {
    expect(countWords(text)).toBe(words);
  });
});

describe('findMetadataElements', () => {
  it.each([
    [
      'script types and canonical links in any case, outside <template>',
      '<script type="Application/LD+JSON">{}</script><script type="text/plain">{}</script><template><meta name="x" content="no"><script type="application/ld+json">{}</script></template>' +
        '<link rel="stylesheet" href="/s.css"><link rel="Canonical alternate" href="/a"><link rel="canonical" href="/b"><meta name="a" content="1"><META NAME="b" content="2">',
      '<h2>Not this</h2><h1>First</h1><h1>Second</h1><script type="application/ld+json">{"@type":"NewsArticle"}</script>',
    ],
    [
      'the first dated element, whichever selector it meets',
      '',
      '<time>no datetime</time><span itemprop="datePublishedX" content="no"></span><div itemprop="author datePublished" content="2021-01-01"></div><time datetime="2021-02-02"></time>',
    ],
    ['a time element before an itemprop one', '', '<p><time datetime="2020-01-01">then</time></p><meta itemprop="datePublished" content="2020-02-02">'],
    ['a page with none of them', '', '<p>Nothing here.</p>'],
  ])('finds %s as the CSS selectors do', (_, head, body) => {
    const { document } = parseHTML(page(head, body));
    const found = findMetadataElements(document as unknown as Document);
    expect(found.jsonLd).toEqual(Array.from(document.querySelectorAll('script[type="application/ld+json"]')));
    expect(found.metas).toEqual(Array.from(document.querySelectorAll('meta')));
    expect(found.canonical).toBe(document.querySelector('link[rel~="canonical"]'));
    expect(found.dated).toBe(document.querySelector('[itemprop~="datePublished"][datetime], [itemprop~="datePublished"][content], time[datetime]'));
    expect(found.h1).toBe(document.querySelector('h1'));
  });
});
