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
  private failures = 0;
  private trialSuccesses = 0;
  /** When the breaker last opened; null while closed. Open versus half-open follows from the clock. */
  private openedAt: number | null = null;

  constructor(
    private readonly options: BreakerOptions,
    private readonly now: () => number,
  ) {
    if (!(options.failureThreshold >= 1)) throw new Error('failureThreshold must be at least 1');
    if (!(options.halfOpenSuccesses >= 1)) throw new Error('halfOpenSuccesses must be at least 1');
    if (!(options.openMs >= 0)) throw new Error('openMs must not be negative');
  }

  state(): BreakerState {
    if (this.openedAt === null) return 'closed';
    return this.now() < this.openedAt + this.options.openMs ? 'open' : 'half-open';
  }

  call<T>(operation: () => T): T {
    const state = this.state();
    if (state === 'open') throw new CircuitOpenError(this.openedAt! + this.options.openMs - this.now());
    let value: T;
    try {
      value = operation();
    } catch (error) {
      this.recordFailure(state);
      throw error;
    }
    this.recordSuccess(state);
    return value;
  }

  private recordFailure(state: BreakerState): void {
    if (state === 'half-open' || ++this.failures >= this.options.failureThreshold) this.open();
  }

  private recordSuccess(state: BreakerState): void {
    if (state === 'closed') {
      this.failures = 0;
    } else if (++this.trialSuccesses >= this.options.halfOpenSuccesses) {
      this.openedAt = null;
    }
  }

  /** Opening starts both counts afresh, so the breaker closes with no failures counted. */
  private open(): void {
    this.openedAt = this.now();
    this.failures = 0;
    this.trialSuccesses = 0;
  }
}
