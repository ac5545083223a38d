/** The generator the statement specifies: use it exactly as given. */
export function makeRng(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state;
  };
}

const isIntegerIn = (value: number, low: number, high: number) => Number.isInteger(value) && value >= low && value <= high;

export function bootstrapCI(values: number[], resamples: number, level: number, seed: number): { mean: number; lower: number; upper: number } {
  if (values.length === 0) throw new Error('values must not be empty');
  if (!isIntegerIn(resamples, 1, Infinity)) throw new Error('resamples must be an integer of at least 1');
  if (!isIntegerIn(level, 1, 99)) throw new Error('level must be an integer percentage from 1 to 99');
  if (!isIntegerIn(seed, 0, 4294967295)) throw new Error('seed must be an integer from 0 to 2^32 - 1');
  const n = values.length;
  const next = makeRng(seed);
  const means = new Float64Array(resamples);
  for (let b = 0; b < resamples; b++) {
    let sum = 0;
    for (let t = 0; t < n; t++) sum += values[Math.floor((next() * n) / 4294967296)]!;
    means[b] = sum / n;
  }
  // A typed array sorts numerically; a plain array's default sort would compare strings.
  means.sort();
  const j = Math.floor((resamples * (100 - level)) / 200);
  return { mean: values.reduce((sum, value) => sum + value, 0) / n, lower: means[j]!, upper: means[resamples - 1 - j]! };
}
