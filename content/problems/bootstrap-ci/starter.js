/**
 * The generator the statement specifies: use it exactly as given.
 * @param {number} seed
 * @returns {() => number}
 */
export function makeRng(seed) {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state;
  };
}

/**
 * @param {number[]} values
 * @param {number} resamples
 * @param {number} level
 * @param {number} seed
 * @returns {{ mean: number, lower: number, upper: number }}
 */
export function bootstrapCI(values, resamples, level, seed) {
  // TODO: B resamples of n indices each (index = floor(draw * n / 2^32)), sort the means, read positions j and B - 1 - j.
  throw new Error('not implemented');
}
