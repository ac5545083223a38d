export function softmax(logits: number[], temperature = 1): { probs: number[]; logProbs: number[] } {
  if (!(temperature > 0) || !Number.isFinite(temperature)) {
    throw new Error(`temperature must be a finite number greater than 0 (got ${temperature})`);
  }
  if (logits.length === 0) return { probs: [], logProbs: [] };
  const scaled = logits.map((logit) => logit / temperature);
  const max = scaled.reduce((a, b) => Math.max(a, b));
  let sum = 0;
  for (const z of scaled) sum += Math.exp(z - max);
  // log(sum) >= 0 because the largest term is exp(0) = 1, so nothing here underflows.
  const logSum = Math.log(sum);
  return {
    probs: scaled.map((z) => Math.exp(z - max) / sum),
    logProbs: scaled.map((z) => z - max - logSum),
  };
}
