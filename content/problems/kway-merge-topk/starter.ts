export interface Hit {
  id: string;
  score: number;
}

export function mergeTopK(shards: Hit[][], k: number): Hit[] {
  // TODO: check every shard is sorted, then merge (a heap of shard heads), keeping each id once with its best score.
  throw new Error('not implemented');
}
