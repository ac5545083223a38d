export function bm25Scores(query: string, docs: string[], k1 = 1.5, b = 0.75): number[] {
  // TODO: tokenise (lowercase, split on runs outside [a-z0-9]), then score each doc with BM25.
  throw new Error('not implemented');
}
