/** The generator the statement specifies: use it exactly as given. */
export function makeRng(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state;
  };
}

export function bootstrapCI(values: number[], resamples: number, level: number, seed: number): { mean: number; lower: number; upper: number } {
  // TODO: B resamples of n indices each (index = floor(draw * n / 2^32)), sort the means, read positions j and B - 1 - j.
  throw new Error('not implemented');
}
