/** Thrown instead of calling the operation while the breaker is open. */
export class CircuitOpenError extends Error {
  constructor(readonly retryAfterMs: number) {
    super(`circuit open: retry in ${retryAfterMs} ms`);
    this.name = 'CircuitOpenError';
  }
}

export interface BreakerOptions {
  failureThreshold: number;
  openMs: number;
  halfOpenSuccesses: number;
}

export type BreakerState = 'closed' | 'open' | 'half-open';

export class CircuitBreaker {
  constructor(options: BreakerOptions, now: () => number) {
    // TODO: validate the options and keep what you need.
  }

  call<T>(operation: () => T): T {
    // TODO: run the operation, or fail fast with CircuitOpenError, and update the state.
    throw new Error('not implemented');
  }

  state(): BreakerState {
    // TODO
    throw new Error('not implemented');
  }
}
