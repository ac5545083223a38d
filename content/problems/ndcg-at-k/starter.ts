export interface Query {
  ranking: string[];
  grades: Record<string, number>;
}

export function ndcgAtK(queries: Query[], k: number): { scores: (number | null)[]; mean: number | null } {
  // TODO: gains 2^grade - 1, discount 1/log2(rank + 1), ideal ranking from all judged documents.
  throw new Error('not implemented');
}
