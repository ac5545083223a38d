export type Outcome<R> = { status: 'ok'; value: R } | { status: 'error'; error: string } | { status: 'timeout' };

export interface BatchOptions {
  concurrency: number;
  timeoutMs: number;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export async function runBatch<T, R>(
  items: T[],
  worker: (item: T) => Promise<R>,
  options: BatchOptions,
  sleep: (ms: number) => Promise<void>,
): Promise<Outcome<R>[]> {
  const { concurrency, timeoutMs } = options;
  if (!(concurrency >= 1)) throw new Error('concurrency must be at least 1');
  if (!(timeoutMs >= 1)) throw new Error('timeoutMs must be at least 1');

  // Whichever settles first decides; the loser's later settlement changes nothing.
  const runOne = (item: T): Promise<Outcome<R>> =>
    Promise.race([
      worker(item).then(
        (value): Outcome<R> => ({ status: 'ok', value }),
        (error: unknown): Outcome<R> => ({ status: 'error', error: messageOf(error) }),
      ),
      sleep(timeoutMs).then((): Outcome<R> => ({ status: 'timeout' })),
    ]);

  const outcomes: Outcome<R>[] = new Array(items.length);
  let next = 0;
  // Each lane is one slot: it takes the next waiting item the moment its current one is decided.
  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      outcomes[index] = await runOne(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, lane));
  return outcomes;
}
