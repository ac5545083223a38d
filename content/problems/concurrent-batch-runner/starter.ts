export type Outcome<R> = { status: 'ok'; value: R } | { status: 'error'; error: string } | { status: 'timeout' };

export interface BatchOptions {
  concurrency: number;
  timeoutMs: number;
}

export async function runBatch<T, R>(
  items: T[],
  worker: (item: T) => Promise<R>,
  options: BatchOptions,
  sleep: (ms: number) => Promise<void>,
): Promise<Outcome<R>[]> {
  // TODO: keep up to options.concurrency calls in flight, time each one out with sleep, report outcomes in input order.
  throw new Error('not implemented');
}
