function tokenize(text: string): string[] {
  return text.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}

export function bm25Scores(query: string, docs: string[], k1 = 1.5, b = 0.75): number[] {
  const n = docs.length;
  if (n === 0) return [];
  const termCounts = docs.map((doc) => {
    const counts = new Map<string, number>();
    for (const token of tokenize(doc)) counts.set(token, (counts.get(token) ?? 0) + 1);
    return counts;
  });
  const lengths = docs.map((doc) => tokenize(doc).length);
  const avgdl = lengths.reduce((sum, length) => sum + length, 0) / n;
  if (avgdl === 0) return docs.map(() => 0);
  const documentFrequency = new Map<string, number>();
  for (const counts of termCounts) {
    for (const term of counts.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  }
  const queryTokens = tokenize(query);
  return termCounts.map((counts, i) => {
    let score = 0;
    for (const term of queryTokens) {
      const f = counts.get(term) ?? 0;
      if (f === 0) continue;
      const df = documentFrequency.get(term)!;
      const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      score += (idf * f * (k1 + 1)) / (f + k1 * (1 - b + (b * lengths[i]!) / avgdl));
    }
    return score;
  });
}
