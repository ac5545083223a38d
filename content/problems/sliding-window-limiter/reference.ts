export class SlidingWindowLimiter {
  private readonly logs = new Map<string, number[]>();
  private latest = -Infinity;

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number,
  ) {
    if (!(limit >= 1)) throw new Error('limit must be at least 1');
    if (!(windowMs >= 1)) throw new Error('windowMs must be at least 1');
  }

  /** The tenant's log pruned to the window (time - windowMs, time], at the effective time. */
  private live(tenant: string): { log: number[]; time: number } {
    // A clock that steps back must not make old requests look recent: keep the latest reading.
    this.latest = Math.max(this.latest, this.now());
    const time = this.latest;
    const log = this.logs.get(tenant) ?? [];
    let expired = 0;
    while (expired < log.length && log[expired]! <= time - this.windowMs) expired++;
    log.splice(0, expired);
    if (log.length === 0) this.logs.delete(tenant);
    return { log, time };
  }

  tryAcquire(tenant: string): boolean {
    const { log, time } = this.live(tenant);
    if (log.length >= this.limit) return false;
    log.push(time);
    this.logs.set(tenant, log);
    return true;
  }

  size(tenant: string): number {
    return this.live(tenant).log.length;
  }
}
