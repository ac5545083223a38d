export interface Task {
  n: number;
  c: number;
}

export function passAtK(tasks: Task[], k: number): { scores: number[]; mean: number } {
  // TODO: 1 - C(n - c, k) / C(n, k) per task, without overflowing; then the plain mean.
  throw new Error('not implemented');
}
