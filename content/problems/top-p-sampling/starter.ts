// The seeded generator the statement specifies: keep it exactly as it is.
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function sampleTokens(logits: number[], temperature: number, topK: number, topP: number, seed: number, draws: number): number[] {
  // TODO: validate, order the ids, softmax with the temperature, cut to top-k then top-p,
  // renormalise, and draw `draws` tokens with one mulberry32(seed) generator.
  throw new Error('not implemented');
}
