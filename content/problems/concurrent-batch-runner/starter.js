/**
 * @template T, R
 * @param {T[]} items
 * @param {(item: T) => Promise<R>} worker
 * @param {{ concurrency: number, timeoutMs: number }} options
 * @param {(ms: number) => Promise<void>} sleep resolves ms milliseconds later in test time
 * @returns {Promise<({ status: 'ok', value: R } | { status: 'error', error: string } | { status: 'timeout' })[]>}
 */
export async function runBatch(items, worker, options, sleep) {
  // TODO: keep up to options.concurrency calls in flight, time each one out with sleep, report outcomes in input order.
  throw new Error('not implemented');
}
