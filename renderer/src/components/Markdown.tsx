// Renders runbook Markdown (parsed once in shared/markdown) as React elements: text nodes only, so
// React escapes everything and raw HTML in a step shows as the text it is. Links are shown as text
// with their address: an on-call engineer copies them; nothing here navigates.
import { parseMarkdown, type MdBlock, type MdInline } from '../../../shared/markdown/parse';

function InlineNodes({ nodes }: { nodes: readonly MdInline[] }) {
  return (
    <>
      {nodes.map((n, i) => {
        switch (n.t) {
          case 'text':
            return <span key={i}>{n.text}</span>;
          case 'strong':
            return (
              <strong key={i}>
                <InlineNodes nodes={n.children} />
              </strong>
            );
          case 'em':
            return (
              <em key={i}>
                <InlineNodes nodes={n.children} />
              </em>
            );
          case 'code':
            return <code key={i}>{n.text}</code>;
          case 'break':
            return <br key={i} />;
          case 'link':
            return (
              <span key={i} className="md-link" title={n.href}>
                <InlineNodes nodes={n.children} /> ({n.href})
              </span>
            );
        }
      })}
    </>
  );
}

function Blocks({ blocks, tight = false }: { blocks: readonly MdBlock[]; tight?: boolean }) {
  return (
    <>
      {blocks.map((b, i) => {
        switch (b.t) {
          case 'p':
            // A tight list item's line is not a paragraph of its own (no paragraph spacing).
            return tight ? (
              <InlineNodes key={i} nodes={b.children} />
            ) : (
              <p key={i}>
                <InlineNodes nodes={b.children} />
              </p>
            );
          case 'heading':
            // Bold text rather than <h1>–<h6>: a heading inside a step must not outrank the page's own.
            return (
              <p key={i} className={`md-heading md-h${b.level}`}>
                <strong>
                  <InlineNodes nodes={b.children} />
                </strong>
              </p>
            );
          case 'pre':
            return (
              <pre key={i}>
                <code>{b.text}</code>
              </pre>
            );
          case 'quote':
            return (
              <blockquote key={i}>
                <Blocks blocks={b.children} />
              </blockquote>
            );
          case 'rule':
            return <hr key={i} />;
          case 'list': {
            const items = b.items.map((item, j) => (
              <li key={j}>
                <Blocks blocks={item} tight={b.tight} />
              </li>
            ));
            return b.ordered ? (
              <ol key={i} start={b.start === 1 ? undefined : b.start}>
                {items}
              </ol>
            ) : (
              <ul key={i}>{items}</ul>
            );
          }
        }
      })}
    </>
  );
}

export function Markdown({ source, className }: { source: string; className?: string }) {
  const blocks = parseMarkdown(source);
  if (blocks.length === 0) return null;
  return (
    <div className={className ?? 'markdown'}>
      <Blocks blocks={blocks} />
    </div>
  );
}
