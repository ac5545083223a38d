export interface Metrics {
  precisionAtK: number;
  recallAtK: number;
  reciprocalRank: number;
  ndcgAtK: number;
}

export function retrievalMetrics(retrieved: string[], relevant: string[], k: number): Metrics {
  // TODO: binary relevance; only the top k count; a repeated id counts once.
  throw new Error('not implemented');
}
