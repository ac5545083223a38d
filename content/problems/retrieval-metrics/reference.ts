export interface Metrics {
  precisionAtK: number;
  recallAtK: number;
  reciprocalRank: number;
  ndcgAtK: number;
}

export function retrievalMetrics(retrieved: string[], relevant: string[], k: number): Metrics {
  if (!(k >= 1)) throw new Error('k must be at least 1');
  const relevantSet = new Set(relevant);
  const seen = new Set<string>();
  let hits = 0;
  let firstHitRank = 0;
  let dcg = 0;
  retrieved.slice(0, k).forEach((id, index) => {
    const isHit = relevantSet.has(id) && !seen.has(id);
    seen.add(id);
    if (!isHit) return;
    hits += 1;
    if (firstHitRank === 0) firstHitRank = index + 1;
    dcg += 1 / Math.log2(index + 2);
  });
  let idcg = 0;
  for (let rank = 1; rank <= Math.min(k, relevantSet.size); rank++) idcg += 1 / Math.log2(rank + 1);
  return {
    precisionAtK: hits / k,
    recallAtK: relevantSet.size === 0 ? 0 : hits / relevantSet.size,
    reciprocalRank: firstHitRank === 0 ? 0 : 1 / firstHitRank,
    ndcgAtK: idcg === 0 ? 0 : dcg / idcg,
  };
}
