export class TokenBucket {
  constructor(
    private readonly capacity: number,
    private readonly refillPerSecond: number,
    private readonly now: () => number,
  ) {
    // TODO: validate, start full at now().
  }

  tryAcquire(cost = 1): boolean {
    // TODO: refill for the time elapsed, then take cost tokens if available.
    throw new Error('not implemented');
  }

  available(): number {
    // TODO: tokens available right now.
    throw new Error('not implemented');
  }
}
