export interface RetryOptions {
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export async function retryWithBackoff<T>(
  operation: (attempt: number) => Promise<T>,
  options: RetryOptions,
  sleep: (ms: number) => Promise<void>,
  random: () => number,
): Promise<T> {
  // TODO: retry retryable failures with capped exponential backoff and full jitter.
  throw new Error('not implemented');
}
