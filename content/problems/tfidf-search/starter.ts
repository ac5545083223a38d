export function tfidfSearch(query: string, docs: string[], k: number): number[] {
  // TODO: tokenise, weight by count * idf, rank documents by cosine with the query.
  throw new Error('not implemented');
}
