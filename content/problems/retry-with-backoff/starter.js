/**
 * @template T
 * @param {(attempt: number) => Promise<T>} operation
 * @param {{ maxAttempts: number, baseDelayMs: number, maxDelayMs: number }} options
 * @param {(ms: number) => Promise<void>} sleep
 * @param {() => number} random
 * @returns {Promise<T>}
 */
export async function retryWithBackoff(operation, options, sleep, random) {
  // TODO: retry retryable failures with capped exponential backoff and full jitter.
  throw new Error('not implemented');
}
