export interface Query {
  ranking: string[];
  grades: Record<string, number>;
}

const gain = (grade: number) => 2 ** grade - 1;
const discount = (rank: number) => 1 / Math.log2(rank + 1);

/** nDCG@k of one query, or null when no judged document has a grade above 0. */
function queryNdcg({ ranking, grades }: Query, k: number): number | null {
  const judged = new Map(Object.entries(grades));
  for (const [id, grade] of judged) {
    if (!Number.isInteger(grade) || grade < 0 || grade > 10) throw new Error(`grade of "${id}" must be an integer from 0 to 10`);
  }
  const ideal = [...judged.values()].sort((a, b) => b - a).slice(0, k);
  const idealDcg = ideal.reduce((sum, grade, index) => sum + gain(grade) * discount(index + 1), 0);
  if (idealDcg === 0) return null;
  const seen = new Set<string>();
  let dcg = 0;
  ranking.slice(0, k).forEach((id, index) => {
    if (!seen.has(id)) dcg += gain(judged.get(id) ?? 0) * discount(index + 1);
    seen.add(id);
  });
  return dcg / idealDcg;
}

export function ndcgAtK(queries: Query[], k: number): { scores: (number | null)[]; mean: number | null } {
  if (!(k >= 1)) throw new Error('k must be at least 1');
  const scores = queries.map((query) => queryNdcg(query, k));
  const counted = scores.filter((score): score is number => score !== null);
  return { scores, mean: counted.length === 0 ? null : counted.reduce((sum, score) => sum + score, 0) / counted.length };
}
