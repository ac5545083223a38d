function tokenize(text: string): string[] {
  return text.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}

function counts(tokens: string[]): Map<string, number> {
  const result = new Map<string, number>();
  for (const token of tokens) result.set(token, (result.get(token) ?? 0) + 1);
  return result;
}

export function tfidfSearch(query: string, docs: string[], k: number): number[] {
  if (k <= 0 || docs.length === 0) return [];
  const docCounts = docs.map((doc) => counts(tokenize(doc)));
  const df = new Map<string, number>();
  for (const termCounts of docCounts) for (const term of termCounts.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const idf = (term: string) => Math.log((1 + docs.length) / (1 + (df.get(term) ?? 0))) + 1;
  const weigh = (termCounts: Map<string, number>) => {
    const vector = new Map<string, number>();
    for (const [term, count] of termCounts) vector.set(term, count * idf(term));
    return vector;
  };
  const norm = (vector: Map<string, number>) => Math.sqrt([...vector.values()].reduce((sum, w) => sum + w * w, 0));
  const queryVector = weigh(counts(tokenize(query)));
  const queryNorm = norm(queryVector);
  const scored = docCounts.map((termCounts, index) => {
    const vector = weigh(termCounts);
    const docNorm = norm(vector);
    let dot = 0;
    for (const [term, weight] of queryVector) dot += weight * (vector.get(term) ?? 0);
    return { index, score: queryNorm === 0 || docNorm === 0 ? 0 : dot / (queryNorm * docNorm) };
  });
  return scored
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, k)
    .map((entry) => entry.index);
}
