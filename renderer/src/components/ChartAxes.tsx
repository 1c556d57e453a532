// SVG axes shared by the charts: a bottom axis and a left axis, each a line with labelled ticks.

export interface Tick {
  at: number;
  label: string;
}

export function AxisBottom(props: { ticks: Tick[]; y: number; x0: number; x1: number; title?: string }) {
  return (
    <g className="axis" aria-hidden="true">
      <line x1={props.x0} x2={props.x1} y1={props.y} y2={props.y} />
      {props.ticks.map((t) => (
        <g key={`${t.at}-${t.label}`} transform={`translate(${t.at},${props.y})`}>
          <line y2={5} />
          <text y={18} textAnchor="middle">
            {t.label}
          </text>
        </g>
      ))}
      {props.title && (
        <text className="axis-title" x={(props.x0 + props.x1) / 2} y={props.y + 36} textAnchor="middle">
          {props.title}
        </text>
      )}
    </g>
  );
}

export function AxisLeft(props: {
  ticks: Tick[];
  x: number;
  y0: number;
  y1: number;
  title?: string;
  /** Draws faint grid lines across to this x. */
  gridTo?: number;
}) {
  return (
    <g className="axis" aria-hidden="true">
      <line x1={props.x} x2={props.x} y1={props.y0} y2={props.y1} />
      {props.ticks.map((t) => (
        <g key={`${t.at}-${t.label}`} transform={`translate(${props.x},${t.at})`}>
          <line x2={-5} />
          {props.gridTo !== undefined && <line className="grid-line" x2={props.gridTo - props.x} />}
          <text x={-8} dy="0.32em" textAnchor="end">
            {t.label}
          </text>
        </g>
      ))}
      {props.title && (
        <text
          className="axis-title"
          transform={`translate(${props.x - 44},${(props.y0 + props.y1) / 2}) rotate(-90)`}
          textAnchor="middle"
        >
          {props.title}
        </text>
      )}
    </g>
  );
}
