import { describe, expect, it } from 'vitest';
import { checkStructure } from '../../src/ingest/read/check-structure.ts';

describe('checkStructure on HTML', () => {
  const sprite = `<svg>${'<symbol id="i"><path d="M0"/><use href="#i"/></symbol>'.repeat(300)}</svg>`;

  it('reads self-closing SVG elements as closed, so an icon sprite is not deep', () => {
    expect(() => checkStructure(`<html><body>${sprite}<p>Text.</p></body></html>`, 'html', 'page.html')).not.toThrow();
  });

  it('still refuses HTML elements nested past the limit, self-closing slash or not', () => {
    expect(() => checkStructure(`<html><body>${'<div/>'.repeat(300)}</body></html>`, 'html', 'deep.html')).toThrow(/deep\.html: HTML elements nest/);
    expect(() => checkStructure(`<html><body>${'<div>'.repeat(300)}</body></html>`, 'html', 'deep.html')).toThrow(/deep\.html: HTML elements nest/);
  });
});
