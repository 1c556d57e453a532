// The runbook Markdown reader and renderer: structure is kept, HTML in the text stays text.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Markdown } from '../../renderer/src/components/Markdown';
import { parseInline, parseMarkdown } from '../../renderer/src/components/markdown';

const html = (source: string) => renderToStaticMarkup(createElement(Markdown, { source }));

describe('parseMarkdown', () => {
  it('reads paragraphs, lists and inline markup', () => {
    expect(parseMarkdown('one\ntwo\n\n- a\n- b\n1. x')).toEqual([
      { t: 'p', children: [{ t: 'text', text: 'one two' }] },
      { t: 'ul', items: [[{ t: 'text', text: 'a' }], [{ t: 'text', text: 'b' }]] },
      { t: 'ol', items: [[{ t: 'text', text: 'x' }]] },
    ]);
    expect(parseInline('**bold** *em* `c` [w](https://x)')).toEqual([
      { t: 'strong', children: [{ t: 'text', text: 'bold' }] },
      { t: 'text', text: ' ' },
      { t: 'em', children: [{ t: 'text', text: 'em' }] },
      { t: 'text', text: ' ' },
      { t: 'code', text: 'c' },
      { t: 'text', text: ' ' },
      { t: 'link', text: 'w', href: 'https://x' },
    ]);
    expect(parseInline('2 * 3 and a_b')).toEqual([{ t: 'text', text: '2 * 3 and a_b' }]);
  });
});

describe('Markdown', () => {
  it('renders elements and keeps HTML and script as text', () => {
    expect(html('Run **now**:\n- `psql`')).toBe(
      '<div class="markdown"><p><span>Run </span><strong><span>now</span></strong><span>:</span></p><ul><li><code>psql</code></li></ul></div>',
    );
    const out = html('<img src=x onerror=alert(1)> [click](javascript:alert)');
    expect(out).not.toContain('<img');
    expect(out).not.toContain('<a');
    expect(out).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(out).toContain('click (javascript:alert)');
  });
});
