// Small scales for the SVG charts: linear, logarithmic (durations from minutes to weeks) and bands.

export type Scale = (v: number) => number;

export function linearScale(domain: [number, number], range: [number, number]): Scale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0 || 1;
  return (v) => r0 + ((v - d0) / span) * (r1 - r0);
}

/** Log scale over minutes; values below `domain[0]` sit at the start. */
export function logScale(domain: [number, number], range: [number, number]): Scale {
  const l0 = Math.log(Math.max(1, domain[0]));
  const l1 = Math.log(Math.max(domain[0] + 1, domain[1]));
  const lin = linearScale([l0, l1], range);
  return (v) => lin(Math.log(Math.max(Math.max(1, domain[0]), v)));
}

/** The centre of band i of n across a range. */
export function bandCentre(i: number, n: number, range: [number, number]): number {
  const w = (range[1] - range[0]) / Math.max(1, n);
  return range[0] + w * (i + 0.5);
}

/** Durations worth labelling on a time axis, within [min, max]. */
export function durationTicks(min: number, max: number): number[] {
  const nice = [1, 5, 15, 30, 60, 120, 240, 480, 1440, 2880, 4320, 10080, 20160, 43200, 129600, 525600];
  return nice.filter((t) => t >= min && t <= max);
}
