export class SlidingWindowLimiter {
  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number,
  ) {
    // TODO: validate; keep one log of accepted timestamps per tenant.
  }

  tryAcquire(tenant: string): boolean {
    // TODO: prune the tenant's log to the window (t - windowMs, t], then accept if it holds fewer than limit.
    throw new Error('not implemented');
  }

  size(tenant: string): number {
    // TODO: accepted requests of the tenant inside the window right now.
    throw new Error('not implemented');
  }
}
