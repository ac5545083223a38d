/** Thrown instead of calling the operation while the breaker is open. */
export class CircuitOpenError extends Error {
  /** @param {number} retryAfterMs */
  constructor(retryAfterMs) {
    super(`circuit open: retry in ${retryAfterMs} ms`);
    this.name = 'CircuitOpenError';
    this.retryAfterMs = retryAfterMs;
  }
}

export class CircuitBreaker {
  /**
   * @param {{ failureThreshold: number, openMs: number, halfOpenSuccesses: number }} options
   * @param {() => number} now current time in integer milliseconds
   */
  constructor(options, now) {
    // TODO: validate the options and keep what you need.
  }

  /**
   * @template T
   * @param {() => T} operation
   * @returns {T}
   */
  call(operation) {
    // TODO: run the operation, or fail fast with CircuitOpenError, and update the state.
    throw new Error('not implemented');
  }

  /** @returns {'closed' | 'open' | 'half-open'} */
  state() {
    // TODO
    throw new Error('not implemented');
  }
}
