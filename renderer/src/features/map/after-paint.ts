// "Once this frame is on screen": the animation frame runs just before the browser paints, and a
// task queued from it runs just after. Callers queued in the same frame run in the order they asked.
export function afterNextPaint(fn: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(fn, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
