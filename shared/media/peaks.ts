/** Reduces peaks to a number of buckets by taking the maximum of each group: a waveform at any zoom. */
export function downsamplePeaks(values: readonly number[], buckets: number): number[] {
  if (buckets >= values.length) return [...values];
  const result = new Array<number>(buckets);
  const perBucket = values.length / buckets;
  for (let bucket = 0; bucket < buckets; bucket += 1) {
    const start = Math.floor(bucket * perBucket);
    const end = Math.max(start + 1, Math.floor((bucket + 1) * perBucket));
    let max = 0;
    for (let index = start; index < end; index += 1) max = Math.max(max, values[index] ?? 0);
    result[bucket] = max;
  }
  return result;
}
