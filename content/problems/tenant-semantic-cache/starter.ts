export class TenantSemanticCache {
  constructor(threshold: number, ttlMs: number, maxEntriesPerTenant: number, now: () => number) {
    // TODO: validate, then keep the entries of each tenant apart.
    throw new Error('not implemented');
  }

  put(tenant: string, embedding: number[], answer: string): void {
    // TODO: replace an identical live entry, or add one (evicting the oldest when full).
    throw new Error('not implemented');
  }

  get(tenant: string, embedding: number[]): string | null {
    // TODO: the most similar live entry of this tenant, if it reaches the threshold.
    throw new Error('not implemented');
  }

  size(tenant: string): number {
    throw new Error('not implemented');
  }
}
