import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../src/ingest/read/parse-front-matter.ts';

const error = (text: string) => {
  try {
    parseFrontMatter(text, 'a.md');
    return null;
  } catch (e) {
    return (e as Error).message;
  }
};

describe('parseFrontMatter', () => {
  it('reads the overrides and returns the body', () => {
    const { overrides, body } = parseFrontMatter('---\ntitle: Budget day\ndate: 2024-05-01\noutlet: Daily\nurl: https://example.com/a\nspeaker: Jane Roe\n---\nBody text.\n', 'a.md');
    expect(overrides.title).toBe('Budget day');
    expect(overrides.outlet).toBe('Daily');
    expect(overrides.url).toBe('https://example.com/a');
    expect(overrides.speaker).toBe('Jane Roe');
    expect(body).toBe('Body text.\n');
  });
  it('passes text without front-matter through', () => {
    expect(parseFrontMatter('Just text', 'a.md')).toEqual({ overrides: {}, body: 'Just text' });
  });
  it.each([
    ['YAML that does not parse', '---\ntitle: [unclosed\n---\nx', /^a\.md: the front-matter is not valid YAML/],
    ['a list instead of fields', '---\n- a\n- b\n---\nx', /^a\.md: the front-matter must be a YAML mapping/],
    ['a __proto__ key', '---\n__proto__:\n  polluted: true\n---\nx', /^a\.md: front-matter key "__proto__" is not allowed$/],
    ['an unknown field', '---\nauthor: X\n---\nx', /^a\.md: front-matter has unknown field\(s\) "author"/],
    ['a url that is not http(s)', '---\nurl: javascript:alert(1)\n---\nx', /^a\.md: front-matter field "url" is invalid/],
    ['a repeated key', '---\ntitle: a\ntitle: b\n---\nx', /^a\.md: the front-matter is not valid YAML/],
  ])('refuses %s with one line naming the file', (_name, text, pattern) => {
    expect(error(text)).toMatch(pattern);
  });
  it('does not pollute Object.prototype', () => {
    error('---\n__proto__:\n  polluted: true\n---\nx');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('front-matter problems', () => {
  it('are all reported in one line, not only the first', () => {
    expect(() => parseFrontMatter('---\ntitle: ""\nspeeker: X\n---\nBody.', 'a.md')).toThrow(/front-matter field "title" is invalid: .*; front-matter has unknown field\(s\) "speeker"/);
  });
});
