import { describe, expect, it } from 'vitest';
import { absoluteUrl, articlePath, claimInArticlePath, claimPath, claimPreviewPath, speakerPath, withBase } from '../../src/lib/href.ts';

describe('withBase', () => {
  it.each([
    ['prefixes a path at the root of the domain', 'claims/x/', '/', '/claims/x/'],
    ['prefixes a path under a sub-path without a trailing slash', 'claims/x/', '/recount', '/recount/claims/x/'],
    ['prefixes a path under a sub-path with a trailing slash', 'claims/x/', '/recount/', '/recount/claims/x/'],
    ['drops a leading slash from the path instead of doubling it', '/data/', '/recount/', '/recount/data/'],
    ['gives the home page as the base itself', '', '/recount', '/recount/'],
    ['adds a missing leading slash to the base', 'data/', 'recount', '/recount/data/'],
  ])('%s', (_name, path, base, expected) => {
    expect(withBase(path, base)).toBe(expected);
  });
});

describe('absoluteUrl', () => {
  it.each([
    ['joins origin, base and path', 'claims/x/', 'https://example.org', '/recount/', 'https://example.org/recount/claims/x/'],
    ['ignores any path on the origin', 'data/', 'https://example.org/other/', '/', 'https://example.org/data/'],
  ])('%s', (_name, path, site, base, expected) => {
    expect(absoluteUrl(path, site, base)).toBe(expected);
  });
});

describe('page paths', () => {
  it.each([
    ['an article', articlePath('000-d7700b432d9d42b0'), 'articles/000-d7700b432d9d42b0/'],
    ['a claim', claimPath('more-than-340-schools-a1b2c3'), 'claims/more-than-340-schools-a1b2c3/'],
    ['a claim inside its article', claimInArticlePath('000-abc', '324-schools-b7'), 'articles/000-abc/#324-schools-b7'],
    ['a claim’s preview image', claimPreviewPath('x-1'), 'claims/x-1/preview.png'],
    ['a speaker', speakerPath('ilham-aliyev'), 'speakers/ilham-aliyev/'],
    ['an id with characters unsafe in a URL, encoded', articlePath('a b/c'), 'articles/a%20b%2Fc/'],
  ])('builds the path of %s', (_name, actual, expected) => {
    expect(actual).toBe(expected);
  });
});
