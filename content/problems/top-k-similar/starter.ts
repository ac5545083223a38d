export interface Item {
  id: string;
  embedding: number[];
}

export function topKSimilar(query: number[], items: Item[], k: number): string[] {
  // TODO: rank items by cosine similarity to query, best first, ties by id ascending.
  throw new Error('not implemented');
}
