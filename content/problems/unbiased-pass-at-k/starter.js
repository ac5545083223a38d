/**
 * @param {{ n: number, c: number }[]} tasks
 * @param {number} k
 * @returns {{ scores: number[], mean: number }}
 */
export function passAtK(tasks, k) {
  // TODO: 1 - C(n - c, k) / C(n, k) per task, without overflowing; then the plain mean.
  throw new Error('not implemented');
}
