// The start and end of a period as two local date-time inputs, labelled "<label> start" and
// "<label> end": releases, freezes, maintenance windows and SLO measurements all take one.
export function PeriodFields(props: {
  label: string;
  start: string;
  end: string;
  onChange: (change: { start?: string; end?: string }) => void;
}) {
  return (
    <>
      <label>
        {props.label} start
        <input
          type="datetime-local"
          value={props.start}
          onChange={(e) => props.onChange({ start: e.target.value })}
        />
      </label>
      <label>
        {props.label} end
        <input
          type="datetime-local"
          value={props.end}
          onChange={(e) => props.onChange({ end: e.target.value })}
        />
      </label>
    </>
  );
}
