// Renders runbook Markdown as React elements (text nodes only, so React escapes everything). Links
// are shown as text with their address: an on-call engineer copies them; nothing here navigates.
import { parseMarkdown, type Inline } from './markdown';

function InlineNodes({ nodes }: { nodes: Inline[] }) {
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
          case 'link':
            return (
              <span key={i} className="md-link" title={n.href}>
                {n.text} ({n.href})
              </span>
            );
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
      {blocks.map((b, i) => {
        if (b.t === 'p')
          return (
            <p key={i}>
              <InlineNodes nodes={b.children} />
            </p>
          );
        if (b.t === 'pre')
          return (
            <pre key={i}>
              <code>{b.text}</code>
            </pre>
          );
        const items = b.items.map((item, j) => (
          <li key={j}>
            <InlineNodes nodes={item} />
          </li>
        ));
        return b.t === 'ul' ? <ul key={i}>{items}</ul> : <ol key={i}>{items}</ol>;
      })}
    </div>
  );
}
