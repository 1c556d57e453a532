// Runbook Markdown in the app: the shared CommonMark tree rendered by React, with identifiers, code,
// arithmetic and nested lists intact and HTML in the text kept as text.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Markdown } from '../../renderer/src/components/Markdown';

const html = (source: string) => renderToStaticMarkup(createElement(Markdown, { source }));

describe('Markdown', () => {
  it('renders elements and keeps HTML and script as text', () => {
    expect(html('Run **now**:\n- `psql`')).toBe(
      '<div class="markdown"><p><span>Run </span><strong><span>now</span></strong><span>:</span></p><ul><li><code>psql</code></li></ul></div>',
    );
    const out = html('<img src=x onerror=alert(1)> [click](javascript:alert)');
    expect(out).not.toContain('<img');
    expect(out).not.toContain('<a');
    expect(out).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(out).toContain('<span>click</span> (javascript:alert)</span>');
  });

  it('keeps underscores in identifiers, code spans verbatim and asterisks in arithmetic', () => {
    expect(html('Run `pg_ctl` on DB_HOST with 2*3 *pods*')).toBe(
      '<div class="markdown"><p><span>Run </span><code>pg_ctl</code><span> on DB_HOST with 2*3 </span><em><span>pods</span></em></p></div>',
    );
  });

  it('nests lists, ordered and unordered, with their start number', () => {
    expect(html('- stop\n  1. app\n  2. db\n- start\n\n3. three\n4. four')).toBe(
      '<div class="markdown"><ul><li><span>stop</span><ol><li><span>app</span></li><li><span>db</span></li></ol></li><li><span>start</span></li></ul>' +
        '<ol start="3"><li><span>three</span></li><li><span>four</span></li></ol></div>',
    );
  });

  it('shows a block of raw HTML as its text, and code blocks verbatim', () => {
    const out = html(
      '<div onclick="x()">\n<script>alert(1)</script>\n</div>\n\n```\nexport DB_HOST=a_b\n```',
    );
    expect(out).not.toContain('<script');
    expect(out).not.toContain('<div onclick');
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out).toContain('<pre><code>export DB_HOST=a_b</code></pre>');
  });

  it('in the document, inside happy-dom: text nodes only', () => {
    const host = document.createElement('div');
    host.innerHTML = html('*a* <b>b</b>');
    expect(host.querySelector('b')).toBeNull();
    expect(host.textContent).toBe('a <b>b</b>');
  });
});
