export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly capacity: number,
    private readonly refillPerSecond: number,
    private readonly now: () => number,
  ) {
    if (!(capacity > 0)) throw new Error('capacity must be positive');
    if (!(refillPerSecond >= 0)) throw new Error('refillPerSecond must be >= 0');
    this.tokens = capacity;
    this.last = now();
  }

  private refill(): void {
    const time = this.now();
    if (time > this.last) {
      this.tokens = Math.min(this.capacity, this.tokens + (time - this.last) * this.refillPerSecond);
      this.last = time;
    }
  }

  tryAcquire(cost = 1): boolean {
    if (!(cost > 0)) throw new Error('cost must be positive');
    this.refill();
    if (cost > this.tokens) return false;
    this.tokens -= cost;
    return true;
  }

  available(): number {
    this.refill();
    return this.tokens;
  }
}
