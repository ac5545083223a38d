export interface Item {
  id: string;
  embedding: number[];
}

function norm(vector: number[]): number {
  let sum = 0;
  for (const value of vector) sum += value * value;
  return Math.sqrt(sum);
}

export function topKSimilar(query: number[], items: Item[], k: number): string[] {
  if (k <= 0) return [];
  const queryNorm = norm(query);
  const scored = items.map((item) => {
    if (item.embedding.length !== query.length) {
      throw new Error(`item ${item.id} has dimension ${item.embedding.length}, query has ${query.length}`);
    }
    const itemNorm = norm(item.embedding);
    let dot = 0;
    for (let i = 0; i < query.length; i++) dot += query[i]! * item.embedding[i]!;
    const score = queryNorm === 0 || itemNorm === 0 ? 0 : dot / (queryNorm * itemNorm);
    return { id: item.id, score };
  });
  scored.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return scored.slice(0, k).map((entry) => entry.id);
}
