// The end-to-end harness is itself tested: a gate that cannot fail is no gate.
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findLinkProblems, publicUrlOf } from '../e2e/support/check-links.ts';
import {
  collectIds,
  collectReferences,
  findEventHandlers,
  findScripts,
  findScriptUrls,
  isScriptUrl,
  metaContent,
  parseHtml,
  parseJsonLd,
} from '../e2e/support/inspect-html.ts';
import { assembleContent } from '../e2e/support/assemble-content.ts';
import { runNode, tailLines } from '../e2e/support/build-site.ts';
import { classifyPath, pickOnePerType } from '../e2e/support/page-types.ts';
import { contentTypeFor, routeRequest, serveStatic, type StaticServer } from '../e2e/support/serve-static.ts';

describe('routeRequest', () => {
  it.each([
    ['the base itself is the home page', '/recount/', { kind: 'file', relative: 'index.html', directoryIndex: true }],
    ['the base without its slash is the home page', '/recount', { kind: 'file', relative: 'index.html', directoryIndex: true }],
    ['a directory URL is its index.html', '/recount/claims/x/', { kind: 'file', relative: 'claims/x/index.html', directoryIndex: true }],
    ['a file URL is the file', '/recount/claims/x/preview.png', { kind: 'file', relative: 'claims/x/preview.png', directoryIndex: false }],
    ['the query and fragment are ignored', '/recount/search/?q=schools#r', { kind: 'file', relative: 'search/index.html', directoryIndex: true }],
    ['percent-escapes are decoded', '/recount/speakers/%C5%81ukasz/', { kind: 'file', relative: 'speakers/Łukasz/index.html', directoryIndex: true }],
    ['a path outside the base is refused', '/claims/x/', { kind: 'outside-base' }],
    ['a sibling that only starts like the base is outside it', '/recountless/', { kind: 'outside-base' }],
    ['an encoded parent segment is a bad request', '/recount/%2e%2e/secret', { kind: 'bad-request' }],
    ['a broken percent-escape is a bad request', '/recount/%E0%A4%A/', { kind: 'bad-request' }],
    ['a NUL byte is a bad request', '/recount/a%00b', { kind: 'bad-request' }],
  ])('%s', (_name, url, expected) => {
    expect(routeRequest(url, '/recount/')).toEqual(expected);
  });
});

describe('contentTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['_astro/Base.css', 'text/css; charset=utf-8'],
    ['_astro/share.js', 'text/javascript; charset=utf-8'],
    ['claims/x/preview.png', 'image/png'],
    ['data/claims.csv', 'text/csv; charset=utf-8'],
    ['feed.xml', 'application/xml; charset=utf-8'],
    ['favicon.SVG', 'image/svg+xml'],
    ['mystery.bin', 'application/octet-stream'],
  ])('%s is served as %s', (file, type) => {
    expect(contentTypeFor(file)).toBe(type);
  });
});

describe('serveStatic', () => {
  let root: string;
  let server: StaticServer;

  /** GET or HEAD through the real server, without following redirects. */
  function fetchRaw(pathname: string, method = 'GET'): Promise<{ status: number; type: string; location: string; body: string }> {
    return new Promise((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: server.port, path: pathname, method }, (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), location: String(res.headers.location ?? ''), body }),
        );
      });
      req.on('error', reject);
      req.end();
    });
  }

  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'recount-serve-test-'));
    await mkdir(path.join(root, 'claims/x'), { recursive: true });
    await writeFile(path.join(root, 'index.html'), '<h1>home</h1>');
    await writeFile(path.join(root, '404.html'), '<h1>not found</h1>');
    await writeFile(path.join(root, 'claims/x/index.html'), '<h1>claim</h1>');
    await writeFile(path.join(root, 'claims/x/preview.png'), 'PNG');
    await writeFile(path.join(os.tmpdir(), 'recount-serve-secret.txt'), 'secret');
    server = await serveStatic(root, '/recount/');
  });
  afterAll(async () => {
    await server.close();
    await rm(root, { recursive: true, force: true });
    await rm(path.join(os.tmpdir(), 'recount-serve-secret.txt'), { force: true });
  });

  it('listens on 127.0.0.1 under the base path', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/recount\/$/);
  });

  it.each([
    ['the home page', '/recount/', 200, 'text/html; charset=utf-8', '<h1>home</h1>'],
    ['a page by its directory URL', '/recount/claims/x/', 200, 'text/html; charset=utf-8', '<h1>claim</h1>'],
    ['a file with its own type', '/recount/claims/x/preview.png', 200, 'image/png', 'PNG'],
    ['the site 404 page for a missing page', '/recount/claims/nope/', 404, 'text/html; charset=utf-8', '<h1>not found</h1>'],
    ['the site 404 page outside the base', '/index.html', 404, 'text/html; charset=utf-8', '<h1>not found</h1>'],
    ['a refusal for a path that climbs out of the root', '/recount/%2e%2e/recount-serve-secret.txt', 400, 'text/plain; charset=utf-8', 'Bad request'],
  ])('serves %s', async (_name, url, status, type, body) => {
    const response = await fetchRaw(url);
    expect([response.status, response.type, response.body]).toEqual([status, type, body]);
  });

  it('redirects a page URL without its slash, keeping the query', async () => {
    expect(await fetchRaw('/recount/claims/x?ref=feed')).toMatchObject({ status: 301, location: '/recount/claims/x/?ref=feed' });
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    expect(await fetchRaw('/recount/', 'HEAD')).toMatchObject({ status: 200, body: '' });
    expect(await fetchRaw('/recount/', 'POST')).toMatchObject({ status: 405 });
  });
});

describe('collectReferences', () => {
  it('finds links, sources, srcsets, forms and URL meta tags, but not origin hints', () => {
    const tree = parseHtml(`<!doctype html><html><head>
      <link rel="stylesheet" href="/recount/_astro/a.css"><link rel="preconnect" href="https://fonts.example">
      <meta property="og:image" content="http://127.0.0.1/recount/claims/x/preview.png">
      <meta name="twitter:image" content="/recount/t.png"><meta property="og:title" content="not a URL">
      <meta http-equiv="refresh" content="0; url=/recount/new/">
      </head><body><a href="../y/#z">y</a><img src="a.png" srcset="a-1x.png 1x, a-2x.png 2x">
      <form action="/recount/search/"></form><script src="/recount/_astro/s.js"></script></body></html>`);
    expect(collectReferences(tree)).toEqual([
      { source: 'link[href]', url: '/recount/_astro/a.css' },
      { source: 'meta[og:image]', url: 'http://127.0.0.1/recount/claims/x/preview.png' },
      { source: 'meta[twitter:image]', url: '/recount/t.png' },
      { source: 'meta[http-equiv=refresh]', url: '/recount/new/' },
      { source: 'a[href]', url: '../y/#z' },
      { source: 'img[src]', url: 'a.png' },
      { source: 'img[srcset]', url: 'a-1x.png' },
      { source: 'img[srcset]', url: 'a-2x.png' },
      { source: 'form[action]', url: '/recount/search/' },
      { source: 'script[src]', url: '/recount/_astro/s.js' },
    ]);
  });
});

describe('findEventHandlers and findScriptUrls', () => {
  it.each([
    ['an onerror attribute', '<img src=x onerror=alert(1)>', ['<img onerror="alert(1)">'], []],
    ['an onload on body', '<body onload="go()"><p>x</p></body>', ['<body onload="go()">'], []],
    ['a javascript: link', '<a href="javascript:alert(1)">x</a>', [], ['a[href]: javascript:alert(1)']],
    ['a javascript: link hidden by case, tabs and spaces', '<a href=" JaVa&#9;Script:alert(1)">x</a>', [], ['a[href]:  JaVa\tScript:alert(1)']],
    ['a javascript: form action', '<form action="javascript:alert(1)"></form>', [], ['form[action]: javascript:alert(1)']],
    ['markup shown as text', '<p>&lt;img src=x onerror=alert(1)&gt; javascript:alert(1)</p>', [], []],
  ])('%s', (_name, html, handlers, urls) => {
    const tree = parseHtml(html);
    expect(findEventHandlers(tree)).toEqual(handlers);
    expect(findScriptUrls(tree)).toEqual(urls);
  });

  it.each([
    ['javascript:alert(1)', true],
    ['vbscript:msgbox', true],
    ['data:text/html,<script>', true],
    ['https://example.org/javascript:', false],
    ['/recount/claims/javascript-tips/', false],
    ['mailto:desk@example.org', false],
  ])('isScriptUrl(%s) is %s', (url, expected) => {
    expect(isScriptUrl(url)).toBe(expected);
  });
});

describe('findScripts, parseJsonLd and metaContent', () => {
  it('describes each script and parses JSON-LD, naming a broken block', () => {
    const tree = parseHtml(
      '<script type="application/ld+json">{"text":"\\u003cscript\\u003e"}</script><script type="module">go()</script><script src="/a.js"></script>',
    );
    expect(findScripts(tree)).toEqual([
      { type: 'application/ld+json', src: null, text: '{"text":"\\u003cscript\\u003e"}' },
      { type: 'module', src: null, text: 'go()' },
      { type: 'classic', src: '/a.js', text: '' },
    ]);
    expect(parseJsonLd(tree)).toEqual([{ text: '<script>' }]);
    // A claim whose `</script>` was not escaped ends the block early and leaves broken JSON.
    const broken = parseHtml('<script type="application/ld+json">{"text":"</script><script>alert(1)</script>"}</script>');
    expect(() => parseJsonLd(broken)).toThrow(/JSON-LD block 1 is not valid JSON/);
  });

  it('reads meta content by property or name, decoding entities', () => {
    const tree = parseHtml('<meta property="og:title" content="5 &lt;script&gt; &quot;x&quot;"><meta name="description" content="d">');
    expect(metaContent(tree, 'og:title')).toBe('5 <script> "x"');
    expect(metaContent(tree, 'description')).toBe('d');
    expect(metaContent(tree, 'og:image')).toBeNull();
  });
});

describe('findLinkProblems', () => {
  const site = {
    basePath: '/recount/',
    siteOrigin: 'http://127.0.0.1',
    files: new Set(['index.html', 'claims/x/index.html', 'claims/x/preview.png', '_astro/a.css', '404.html']),
  };
  const check = (pages: Record<string, string>): string[] =>
    findLinkProblems({ ...site, pages: new Map(Object.entries(pages).map(([file, html]) => [file, parseHtml(html)])) });

  it('accepts relative, root-relative and absolute links to real files, ids and external sites', () => {
    expect(
      check({
        'index.html': `<link rel="stylesheet" href="_astro/a.css"><a href="claims/x/">x</a><a href="/recount/claims/x/#fig">f</a>
          <meta property="og:image" content="http://127.0.0.1/recount/claims/x/preview.png"><a href="https://example.org/nope">e</a>
          <a href="mailto:desk@example.org">m</a><a href="#">top</a><a href="#:~:text=340">t</a>`,
        'claims/x/index.html': '<h2 id="fig">Figure</h2><a href="../../">home</a><a href="preview.png">img</a>',
        '404.html': '<a href="/recount/">home</a>',
      }),
    ).toEqual([]);
  });

  it('reports missing files, missing slashes, missing ids and links that ignore the base path', () => {
    expect(
      check({
        'index.html': `<a href="/recount/claims/y/">y</a><a href="/recount/claims/x">slashless</a>
          <a href="/recount/claims/x/#nope">bad id</a><a href="/claims/x/">no base</a>
          <meta property="og:url" content="http://127.0.0.1/recount/gone/">`,
        'claims/x/index.html': '<p id="fig">x</p>',
      }),
    ).toEqual([
      'index.html: a[href] "/recount/claims/y/" -> no such file in the build',
      "index.html: a[href] \"/recount/claims/x\" -> page URLs end with a slash (trailingSlash: 'always')",
      'index.html: a[href] "/recount/claims/x/#nope" -> claims/x/index.html has no element with id "nope"',
      'index.html: a[href] "/claims/x/" -> /claims/x/ is outside the base path /recount/; build links with the base',
      // Problems come in document order; the og:url meta is last in this page's markup.
      'index.html: meta[og:url] "http://127.0.0.1/recount/gone/" -> no such file in the build',
    ]);
  });

  it('publishes index files at their directory URL', () => {
    expect(publicUrlOf('claims/x/index.html', site).href).toBe('http://127.0.0.1/recount/claims/x/');
    expect(publicUrlOf('index.html', site).href).toBe('http://127.0.0.1/recount/');
    expect(publicUrlOf('404.html', site).href).toBe('http://127.0.0.1/recount/404.html');
  });

  it('finds ids and legacy anchors as fragment targets', () => {
    expect([...collectIds(parseHtml('<p id="a"></p><a name="b"></a><mark id="324-schools-x"></mark>'))]).toEqual(['a', 'b', '324-schools-x']);
  });
});

describe('classifyPath and pickOnePerType', () => {
  const reviewed = new Set(['more-than-340-schools-a1b2c3']);
  it.each([
    ['', 'home'],
    ['data/', 'data'],
    ['404.html', '404'],
    ['articles/', 'articles'],
    ['articles/000-d7700b432d9d42b0/', 'articles/*'],
    ['claims/324-schools-b7c8d9/', 'claims/*'],
    ['claims/more-than-340-schools-a1b2c3/', 'claims/* (reviewed)'],
    ['compare/schools-taught-in-russian/', 'compare/*'],
    ['search/?q=schools', 'search'],
  ])('%s is a %s page', (sitePath, type) => {
    expect(classifyPath(sitePath, { reviewedClaimIds: reviewed })).toBe(type);
  });

  it('picks the first page of each type, sorted by type', () => {
    expect(
      pickOnePerType(['claims/b/', 'claims/a/', '', 'speakers/z/', 'speakers/', 'claims/more-than-340-schools-a1b2c3/'], { reviewedClaimIds: reviewed }),
    ).toEqual(
      new Map([
        ['claims/*', 'claims/a/'],
        ['claims/* (reviewed)', 'claims/more-than-340-schools-a1b2c3/'],
        ['home', ''],
        ['speakers', 'speakers/'],
        ['speakers/*', 'speakers/z/'],
      ]),
    );
  });
});

describe('assembleContent', () => {
  let project: string;
  beforeAll(async () => {
    project = await mkdtemp(path.join(os.tmpdir(), 'recount-assemble-test-'));
    await mkdir(path.join(project, 'content/sources'), { recursive: true });
    await mkdir(path.join(project, 'tests/fixtures/e2e-sources'), { recursive: true });
    await mkdir(path.join(project, 'tests/fixtures/e2e-reviews'), { recursive: true });
    await writeFile(path.join(project, 'content/sources/a.txt'), 'A');
    await writeFile(path.join(project, 'content/sources/.gitkeep'), '');
    await writeFile(path.join(project, 'tests/fixtures/e2e-sources/hostile-b.md'), 'B');
    await writeFile(path.join(project, 'tests/fixtures/e2e-reviews/claim-1.md'), 'R');
  });
  afterAll(async () => {
    await rm(project, { recursive: true, force: true });
  });

  it('copies sample and fixture sources, and fixture reviews, into a fresh tree', async () => {
    const tree = await assembleContent(project, path.join(project, 'tmp/content'));
    expect((await readdir(tree.sources)).sort()).toEqual(['a.txt', 'hostile-b.md']);
    expect(await readdir(tree.reviews)).toEqual(['claim-1.md']);
    expect(await readdir(tree.articles)).toEqual([]);
  });

  it('refuses a fixture that would overwrite a sample source, naming both', async () => {
    await writeFile(path.join(project, 'tests/fixtures/e2e-sources/a.txt'), 'clash');
    await expect(assembleContent(project, path.join(project, 'tmp/other'))).rejects.toThrow(
      'tests/fixtures/e2e-sources/a.txt: same file name as content/sources/a.txt; rename the fixture',
    );
  });
});

describe('runNode and tailLines', () => {
  it('keeps the last lines of long output', () => {
    expect(tailLines('1\n2\n3\n4\n', 2)).toBe('3\n4');
  });

  it('resolves with the output of a command that succeeds', async () => {
    const result = await runNode(['-e', 'console.log("hello " + process.env.GREETING)'], { cwd: os.tmpdir(), env: { GREETING: 'e2e' }, label: 'greeting' });
    expect(result.output).toBe('hello e2e\n');
  });

  it('rejects with the label, exit code and output tail of a command that fails', async () => {
    await expect(
      runNode(['-e', 'console.error("sources/x.txt: not UTF-8"); process.exit(3)'], { cwd: os.tmpdir(), env: {}, label: 'The ingest' }),
    ).rejects.toThrow('The ingest failed (exit code 3):\nsources/x.txt: not UTF-8');
  });
});
