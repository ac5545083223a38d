export type Weights = { wq: number[][]; wk: number[][]; wv: number[][]; wo: number[][] };

/** A copy of a non-empty rectangular matrix, or an error naming it. */
function checkedCopy(matrix: number[][], name: string): number[][] {
  const width = matrix[0]?.length ?? 0;
  if (width === 0 || matrix.some((row) => row.length !== width)) {
    throw new Error(`${name} must be a non-empty matrix with rows of one non-zero length`);
  }
  return matrix.map((row) => [...row]);
}

function times(x: number[], matrix: number[][]): number[] {
  const out = new Array<number>(matrix[0]!.length).fill(0);
  x.forEach((value, r) => matrix[r]!.forEach((entry, c) => (out[c]! += value * entry)));
  return out;
}

export class KvCacheAttention {
  private readonly wq: number[][];
  private readonly wk: number[][];
  private readonly wv: number[][];
  private readonly wo: number[][];
  private readonly keys: number[][] = [];
  private readonly values: number[][] = [];

  constructor(weights: Weights) {
    this.wq = checkedCopy(weights.wq, 'wq');
    this.wk = checkedCopy(weights.wk, 'wk');
    this.wv = checkedCopy(weights.wv, 'wv');
    this.wo = checkedCopy(weights.wo, 'wo');
    const shape = (m: number[][]) => `${m.length}x${m[0]!.length}`;
    if (shape(this.wk) !== shape(this.wq) || shape(this.wv) !== shape(this.wq)) {
      throw new Error(`wq, wk and wv must have one shape (got ${shape(this.wq)}, ${shape(this.wk)}, ${shape(this.wv)})`);
    }
    if (this.wo.length !== this.wq[0]!.length) throw new Error(`wo must have d_head = ${this.wq[0]!.length} rows`);
  }

  step(x: number[]): number[] {
    if (x.length !== this.wq.length) throw new Error(`x must have d_model = ${this.wq.length} entries (got ${x.length})`);
    const query = times(x, this.wq);
    this.keys.push(times(x, this.wk));
    this.values.push(times(x, this.wv));
    const scale = 1 / Math.sqrt(query.length);
    const scores = this.keys.map((key) => key.reduce((sum, entry, c) => sum + entry * query[c]!, 0) * scale);
    const max = scores.reduce((a, b) => Math.max(a, b));
    const weights = scores.map((score) => Math.exp(score - max));
    const total = weights.reduce((a, b) => a + b, 0);
    const mixed = new Array<number>(query.length).fill(0);
    this.values.forEach((value, j) => value.forEach((entry, c) => (mixed[c]! += (weights[j]! / total) * entry)));
    return times(mixed, this.wo);
  }

  cacheLength(): number {
    return this.keys.length;
  }

  truncate(length: number): void {
    if (!Number.isInteger(length) || length < 0 || length > this.keys.length) {
      throw new Error(`length must be an integer in [0, ${this.keys.length}] (got ${length})`);
    }
    this.keys.length = length;
    this.values.length = length;
  }
}
