// A number that opens the list behind it.
import type { Figure } from '../../../../shared/contract';
import { href } from '../../routing/navigate';

export function FigureLink(props: { figure: Figure; label: string; className?: string }) {
  const { count, link } = props.figure;
  return (
    <a
      className={`figure ${props.className ?? ''} ${count === 0 ? 'figure-zero' : ''}`.trim()}
      href={href({ area: link.area, query: link.query })}
      aria-label={`${count} ${props.label}`}
    >
      {count}
    </a>
  );
}
