// The shared CommonMark reader: the tree both the app and the printed runbook render.
import { describe, expect, it } from 'vitest';
import { inlineText, parseMarkdown } from '../../../shared/markdown/parse';

const text = (s: string) => ({ t: 'text', text: s });

describe('parseMarkdown', () => {
  it('identifiers with underscores, code spans and asterisks in arithmetic', () => {
    expect(parseMarkdown('Run `pg_ctl` on DB_HOST: 2*3 *pods*')).toEqual([
      {
        t: 'p',
        children: [
          text('Run '),
          { t: 'code', text: 'pg_ctl' },
          text(' on DB_HOST: 2*3 '),
          { t: 'em', children: [text('pods')] },
        ],
      },
    ]);
    expect(parseMarkdown('a_b_c __strong__ **x**')).toEqual([
      {
        t: 'p',
        children: [
          text('a_b_c '),
          { t: 'strong', children: [text('strong')] },
          text(' '),
          { t: 'strong', children: [text('x')] },
        ],
      },
    ]);
  });

  it('nested lists, ordered and unordered', () => {
    const p = (s: string) => ({ t: 'p', children: [text(s)] });
    expect(parseMarkdown('- a\n  - b\n    1. c\n- d\n\n7. seven')).toEqual([
      {
        t: 'list',
        ordered: false,
        start: 1,
        tight: true,
        items: [
          [
            p('a'),
            {
              t: 'list',
              ordered: false,
              start: 1,
              tight: true,
              items: [[p('b'), { t: 'list', ordered: true, start: 1, tight: true, items: [[p('c')]] }]],
            },
          ],
          [p('d')],
        ],
      },
      { t: 'list', ordered: true, start: 7, tight: true, items: [[p('seven')]] },
    ]);
  });

  it('raw HTML, inline or as a block, is text', () => {
    expect(parseMarkdown('a <b onclick="x">b</b>\n\n<script>alert(1)</script>')).toEqual([
      { t: 'p', children: [text('a <b onclick="x">b</b>')] },
      { t: 'p', children: [text('<script>alert(1)</script>')] },
    ]);
  });

  it('links keep their address; reference links resolve; headings, code blocks and breaks', () => {
    const blocks = parseMarkdown(
      '# Restore\n\nSee [wiki][w] or <https://x.test>  \nthen\n\n    code_here\n\n[w]: https://wiki.test/a_b',
    );
    expect(blocks).toEqual([
      { t: 'heading', level: 1, children: [text('Restore')] },
      {
        t: 'p',
        children: [
          text('See '),
          { t: 'link', children: [text('wiki')], href: 'https://wiki.test/a_b' },
          text(' or '),
          { t: 'link', children: [text('https://x.test')], href: 'https://x.test' },
          { t: 'break' },
          text('then'),
        ],
      },
      { t: 'pre', text: 'code_here' },
    ]);
    const p = blocks[1]!;
    expect(p.t === 'p' && inlineText(p.children)).toBe(
      'See wiki (https://wiki.test/a_b) or https://x.test\nthen',
    );
  });
});
