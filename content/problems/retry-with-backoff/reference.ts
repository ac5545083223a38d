export interface RetryOptions {
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

interface RetryHints {
  retryable?: boolean;
  retryAfterMs?: number;
}

export async function retryWithBackoff<T>(
  operation: (attempt: number) => Promise<T>,
  options: RetryOptions,
  sleep: (ms: number) => Promise<void>,
  random: () => number,
): Promise<T> {
  if (!(options.maxAttempts >= 1)) throw new Error('maxAttempts must be at least 1');
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation(attempt);
    } catch (error) {
      const hints = (error ?? {}) as RetryHints;
      if (hints.retryable === false || attempt >= options.maxAttempts) throw error;
      const delay =
        typeof hints.retryAfterMs === 'number'
          ? hints.retryAfterMs
          : random() * Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (attempt - 1));
      await sleep(delay);
    }
  }
}
