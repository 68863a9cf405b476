export interface Bar {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Lays peaks (0..1) out as vertical bars centred on the middle line of a `width`×`height` canvas,
 * one bar per `barPitch` pixels (each bar the loudest of the peaks it covers). Always at least 1 px tall.
 */
export function waveformBars(values: readonly number[], width: number, height: number, barPitch = 3): Bar[] {
  if (values.length === 0 || width <= 0 || height <= 0) return [];
  const count = Math.max(1, Math.min(values.length, Math.floor(width / barPitch)));
  const perBar = values.length / count;
  const barWidth = Math.max(1, (width / count) * 0.7);
  const bars: Bar[] = [];
  for (let index = 0; index < count; index += 1) {
    let peak = 0;
    const end = Math.max(Math.floor(index * perBar) + 1, Math.floor((index + 1) * perBar));
    for (let at = Math.floor(index * perBar); at < end; at += 1) peak = Math.max(peak, values[at] ?? 0);
    const barHeight = Math.max(1, Math.min(1, peak) * height);
    bars.push({
      x: (index * width) / count,
      y: (height - barHeight) / 2,
      width: barWidth,
      height: barHeight,
    });
  }
  return bars;
}
