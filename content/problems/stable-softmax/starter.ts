export function softmax(logits: number[], temperature = 1): { probs: number[]; logProbs: number[] } {
  // TODO: validate the temperature, scale the logits, subtract the largest before exp,
  // and compute the log-probabilities without taking log of a probability.
  throw new Error('not implemented');
}
