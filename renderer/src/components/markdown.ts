// A deliberately tiny Markdown reader for runbook instructions: paragraphs, bullet and numbered
// lists, **strong**, *emphasis*, `code` and [links](url). It yields plain data that Markdown.tsx turns
// into React elements, so text is never parsed as HTML and a link is only ever shown as text.

export type Inline =
  | { t: 'text'; text: string }
  | { t: 'strong'; children: Inline[] }
  | { t: 'em'; children: Inline[] }
  | { t: 'code'; text: string }
  | { t: 'link'; text: string; href: string };

export type Block =
  { t: 'p'; children: Inline[] } | { t: 'ul' | 'ol'; items: Inline[][] } | { t: 'pre'; text: string };

const BULLET = /^\s*[-*+]\s+(.*)$/;
const NUMBER = /^\s*\d+[.)]\s+(.*)$/;

export function parseMarkdown(source: string): Block[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let para: string[] = [];
  const flush = () => {
    if (para.length) blocks.push({ t: 'p', children: parseInline(para.join(' ')) });
    para = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim().startsWith('```')) {
      flush();
      const body: string[] = [];
      for (i++; i < lines.length && !lines[i]!.trim().startsWith('```'); i++) body.push(lines[i]!);
      blocks.push({ t: 'pre', text: body.join('\n') });
      continue;
    }
    const bullet = BULLET.exec(line);
    const number = bullet ? null : NUMBER.exec(line);
    if (bullet || number) {
      flush();
      const kind = bullet ? 'ul' : 'ol';
      const last = blocks[blocks.length - 1];
      const item = parseInline((bullet ?? number)![1]!);
      if (last && last.t === kind) last.items.push(item);
      else blocks.push({ t: kind, items: [item] });
      continue;
    }
    if (line.trim() === '') flush();
    else para.push(line.trim().replace(/^#+\s*/, ''));
  }
  flush();
  return blocks;
}

/** Inline markup, left to right; an unclosed marker is kept as the literal character. */
export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let buf = '';
  const push = (node: Inline) => {
    if (buf) out.push({ t: 'text', text: buf });
    buf = '';
    out.push(node);
  };
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    const code = /^`([^`]+)`/.exec(rest);
    const strong = /^\*\*(.+?)\*\*/.exec(rest) ?? /^__(.+?)__/.exec(rest);
    const em = /^\*([^*]+)\*/.exec(rest) ?? /^_([^_]+)_/.exec(rest);
    const link = /^\[([^\]]+)\]\(([^)\s]*)\)/.exec(rest);
    if (code) push({ t: 'code', text: code[1]! });
    else if (strong) push({ t: 'strong', children: parseInline(strong[1]!) });
    else if (em) push({ t: 'em', children: parseInline(em[1]!) });
    else if (link) push({ t: 'link', text: link[1]!, href: link[2]! });
    else {
      buf += text[i];
      i++;
      continue;
    }
    i += (code ?? strong ?? em ?? link)![0].length;
  }
  if (buf) out.push({ t: 'text', text: buf });
  return out;
}
