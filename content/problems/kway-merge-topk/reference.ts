export interface Hit {
  id: string;
  score: number;
}

export function mergeTopK(shards: Hit[][], k: number): Hit[] {
  if (k < 0) throw new Error('k must be >= 0');
  shards.forEach((hits, shard) => {
    for (let i = 1; i < hits.length; i++) {
      if (hits[i]!.score > hits[i - 1]!.score) throw new Error(`shard ${shard} is not sorted by score at position ${i}`);
    }
  });
  // One pass keeps each id's best score over every replica. A heap of shard heads would
  // stop earlier, but equal scores inside a shard are in no id order, so it would still
  // have to regroup ties; the map is simpler and the checks above are O(n) anyway.
  const best = new Map<string, number>();
  for (const hits of shards) {
    for (const hit of hits) {
      const seen = best.get(hit.id);
      if (seen === undefined || hit.score > seen) best.set(hit.id, hit.score);
    }
  }
  return [...best]
    .map(([id, score]) => ({ id, score }))
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, k);
}
