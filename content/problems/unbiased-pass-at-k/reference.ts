export interface Task {
  n: number;
  c: number;
}

/** C(n - c, k) / C(n, k) as a product of factors in [0, 1], so nothing overflows. */
function failureOdds(n: number, c: number, k: number): number {
  if (n - c < k) return 0;
  let ratio = 1;
  for (let i = n - c + 1; i <= n; i++) ratio *= 1 - k / i;
  return ratio;
}

export function passAtK(tasks: Task[], k: number): { scores: number[]; mean: number } {
  if (!(k >= 1)) throw new Error('k must be at least 1');
  if (tasks.length === 0) throw new Error('tasks must not be empty');
  const scores = tasks.map(({ n, c }) => {
    if (n < k) throw new Error(`a task has n = ${n} samples, fewer than k = ${k}`);
    if (c < 0 || c > n) throw new Error(`a task has c = ${c} outside 0..${n}`);
    return 1 - failureOdds(n, c, k);
  });
  return { scores, mean: scores.reduce((sum, score) => sum + score, 0) / scores.length };
}
