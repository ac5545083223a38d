interface Entry {
  embedding: number[];
  norm: number;
  answer: string;
  storedAt: number;
  // Order of the put that stored it: breaks ties and picks the eviction victim.
  sequence: number;
}

function norm(embedding: number[]): number {
  let sum = 0;
  for (const x of embedding) sum += x * x;
  return Math.sqrt(sum);
}

function checkedEmbedding(embedding: number[]): number[] {
  if (embedding.length === 0 || embedding.every((x) => x === 0)) {
    throw new RangeError('an embedding must have at least one non-zero component');
  }
  return embedding;
}

export class TenantSemanticCache {
  private readonly tenants = new Map<string, Entry[]>();
  private sequence = 0;

  constructor(
    private readonly threshold: number,
    private readonly ttlMs: number,
    private readonly maxEntriesPerTenant: number,
    private readonly now: () => number,
  ) {
    if (!(threshold >= -1 && threshold <= 1)) throw new RangeError('threshold must be in [-1, 1]');
    if (!(ttlMs >= 1)) throw new RangeError('ttlMs must be at least 1');
    if (!(maxEntriesPerTenant >= 1)) throw new RangeError('maxEntriesPerTenant must be at least 1');
  }

  put(tenant: string, embedding: number[], answer: string): void {
    checkedEmbedding(embedding);
    const entries = this.live(tenant);
    const same = entries.find((entry) => entry.embedding.length === embedding.length && entry.embedding.every((x, i) => x === embedding[i]));
    const storedAt = this.now();
    const sequence = this.sequence++;
    if (same) {
      Object.assign(same, { answer, storedAt, sequence });
      return;
    }
    if (entries.length >= this.maxEntriesPerTenant) {
      const oldest = entries.reduce((a, b) => (b.sequence < a.sequence ? b : a));
      entries.splice(entries.indexOf(oldest), 1);
    }
    entries.push({ embedding: [...embedding], norm: norm(embedding), answer, storedAt, sequence });
  }

  get(tenant: string, embedding: number[]): string | null {
    checkedEmbedding(embedding);
    const queryNorm = norm(embedding);
    let best: { similarity: number; entry: Entry } | undefined;
    for (const entry of this.live(tenant)) {
      let dot = 0;
      for (let i = 0; i < embedding.length; i++) dot += embedding[i]! * entry.embedding[i]!;
      const similarity = dot / (queryNorm * entry.norm);
      if (!best || similarity > best.similarity || (similarity === best.similarity && entry.sequence > best.entry.sequence)) {
        best = { similarity, entry };
      }
    }
    return best && best.similarity >= this.threshold ? best.entry.answer : null;
  }

  size(tenant: string): number {
    return this.live(tenant).length;
  }

  /** The tenant's entries with the expired ones dropped (they take no room). */
  private live(tenant: string): Entry[] {
    const now = this.now();
    const entries = (this.tenants.get(tenant) ?? []).filter((entry) => now - entry.storedAt < this.ttlMs);
    this.tenants.set(tenant, entries);
    return entries;
  }
}
