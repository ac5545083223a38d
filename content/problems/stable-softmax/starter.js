/**
 * @param {number[]} logits
 * @param {number} [temperature]
 * @returns {{ probs: number[], logProbs: number[] }}
 */
export function softmax(logits, temperature = 1) {
  // TODO: validate the temperature, scale the logits, subtract the largest before exp,
  // and compute the log-probabilities without taking log of a probability.
  throw new Error('not implemented');
}
