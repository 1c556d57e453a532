// Runbook Markdown read once, by a CommonMark parser (mdast-util-from-markdown), into the small tree
// both the app (React) and the printed runbook (PDF) render. Only what they show survives: blocks,
// lists (nested, ordered or not), emphasis, code, links as text with their address, line breaks.
// Raw HTML becomes literal text, so nothing written in a step is ever rendered as markup.
import type { Nodes, PhrasingContent, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';

export type MdInline =
  | { t: 'text'; text: string }
  | { t: 'strong'; children: MdInline[] }
  | { t: 'em'; children: MdInline[] }
  | { t: 'code'; text: string }
  /** Shown as its text and its address; nothing navigates. */
  | { t: 'link'; children: MdInline[]; href: string }
  | { t: 'break' };

export type MdBlock =
  | { t: 'p'; children: MdInline[] }
  | { t: 'heading'; level: number; children: MdInline[] }
  /** `tight`: items are single lines (no blank line between them), shown without paragraph spacing. */
  | { t: 'list'; ordered: boolean; start: number; tight: boolean; items: MdBlock[][] }
  | { t: 'pre'; text: string }
  | { t: 'quote'; children: MdBlock[] }
  | { t: 'rule' };

type Definitions = Map<string, string>;

function inlines(nodes: readonly PhrasingContent[], defs: Definitions): MdInline[] {
  const out: MdInline[] = [];
  const text = (s: string) => {
    const last = out[out.length - 1];
    if (last?.t === 'text') last.text += s;
    else if (s !== '') out.push({ t: 'text', text: s });
  };
  for (const n of nodes) {
    switch (n.type) {
      case 'text':
      case 'html':
        text(n.value);
        break;
      case 'strong':
        out.push({ t: 'strong', children: inlines(n.children, defs) });
        break;
      case 'emphasis':
        out.push({ t: 'em', children: inlines(n.children, defs) });
        break;
      case 'inlineCode':
        out.push({ t: 'code', text: n.value });
        break;
      case 'break':
        out.push({ t: 'break' });
        break;
      case 'link':
        out.push({ t: 'link', children: inlines(n.children, defs), href: n.url });
        break;
      case 'linkReference': {
        const href = defs.get(n.identifier);
        const children = inlines(n.children, defs);
        if (href !== undefined) out.push({ t: 'link', children, href });
        else for (const c of children) if (c.t === 'text') text(c.text);
        break;
      }
      case 'image':
        text(n.alt ? `${n.alt} (${n.url})` : n.url);
        break;
      case 'imageReference':
        text(n.alt ?? '');
        break;
      default:
        // GFM-only nodes (footnote references, deletions) do not come from a CommonMark parse.
        if ('value' in n && typeof n.value === 'string') text(n.value);
    }
  }
  return out;
}

function blocks(nodes: readonly RootContent[], defs: Definitions): MdBlock[] {
  const out: MdBlock[] = [];
  for (const n of nodes) {
    switch (n.type) {
      case 'paragraph':
        out.push({ t: 'p', children: inlines(n.children, defs) });
        break;
      case 'heading':
        out.push({ t: 'heading', level: n.depth, children: inlines(n.children, defs) });
        break;
      case 'list':
        out.push({
          t: 'list',
          ordered: n.ordered === true,
          start: n.start ?? 1,
          tight: n.spread !== true && n.children.every((item) => item.spread !== true),
          items: n.children.map((item) => blocks(item.children, defs)),
        });
        break;
      case 'code':
        out.push({ t: 'pre', text: n.value });
        break;
      case 'blockquote':
        out.push({ t: 'quote', children: blocks(n.children, defs) });
        break;
      case 'thematicBreak':
        out.push({ t: 'rule' });
        break;
      case 'html':
        // Shown as written: a <script> or <img onerror> in a step is text to read, never markup.
        out.push({ t: 'p', children: [{ t: 'text', text: n.value }] });
        break;
      default:
        // Definitions are resolved into their links; nothing else comes from a CommonMark parse.
        break;
    }
  }
  return out;
}

function collectDefinitions(node: Nodes, defs: Definitions): void {
  if (node.type === 'definition') {
    if (!defs.has(node.identifier)) defs.set(node.identifier, node.url);
    return;
  }
  if ('children' in node) for (const c of node.children) collectDefinitions(c, defs);
}

export function parseMarkdown(source: string): MdBlock[] {
  const root: Root = fromMarkdown(source);
  const defs: Definitions = new Map();
  collectDefinitions(root, defs);
  return blocks(root.children, defs);
}

/** The inline nodes as plain text: emphasis dropped, code kept verbatim, a link as "text (address)". */
export function inlineText(nodes: readonly MdInline[]): string {
  return nodes
    .map((n) => {
      switch (n.t) {
        case 'text':
        case 'code':
          return n.text;
        case 'strong':
        case 'em':
          return inlineText(n.children);
        case 'break':
          return '\n';
        case 'link': {
          const text = inlineText(n.children);
          return text === n.href || text === '' ? n.href : `${text} (${n.href})`;
        }
      }
    })
    .join('');
}
