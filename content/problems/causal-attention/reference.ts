function width(rows: number[][], name: string): number {
  if (rows.length === 0) throw new Error(`${name} has no rows`);
  const size = rows[0]!.length;
  if (size === 0 || rows.some((row) => row.length !== size)) {
    throw new Error(`${name} must have non-empty rows of one length`);
  }
  return size;
}

export function attention(q: number[][], k: number[][], v: number[][], causal: boolean): number[][] {
  const dk = width(q, 'q');
  if (width(k, 'k') !== dk) throw new Error(`rows of q and k differ in length`);
  const dv = width(v, 'v');
  if (v.length !== k.length) throw new Error(`v has ${v.length} rows but k has ${k.length}`);
  const scale = 1 / Math.sqrt(dk);
  return q.map((query, i) => {
    const visible = causal ? Math.min(i + 1, k.length) : k.length;
    const scores: number[] = [];
    for (let j = 0; j < visible; j++) {
      let dot = 0;
      for (let c = 0; c < dk; c++) dot += query[c]! * k[j]![c]!;
      scores.push(dot * scale);
    }
    const max = scores.reduce((a, b) => Math.max(a, b));
    const weights = scores.map((score) => Math.exp(score - max));
    const total = weights.reduce((a, b) => a + b, 0);
    const out = new Array<number>(dv).fill(0);
    for (let j = 0; j < visible; j++) {
      for (let c = 0; c < dv; c++) out[c]! += (weights[j]! / total) * v[j]![c]!;
    }
    return out;
  });
}
