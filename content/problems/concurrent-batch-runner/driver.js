// Runs the user's runBatch on a virtual clock and records when each worker call starts, the most
// items in flight at once and when the batch resolves.
// args: [items, options, schedule] with schedule[item] = { ms, value } | { ms, error }: the call
// settles ms after it starts, resolving with value or rejecting with new Error(error).
// The clock moves only when every promise chain is waiting: the driver then fires the earliest
// timer (ties in the order they were set), so the outcome never depends on the machine's speed.
const turn = () => new Promise((resolve) => setImmediate(resolve));

exports.run = async (runBatch, [items, options, schedule]) => {
  const { timeoutMs } = structuredClone(options);
  let now = 0;
  let order = 0;
  const timers = [];
  const after = (ms) => new Promise((resolve) => timers.push({ at: now + ms, order: order++, fire: resolve }));

  const starts = [];
  const running = []; // per started call: its deadline, and whether it has settled
  let maxInFlight = 0;
  const worker = async (item) => {
    const job = schedule[item];
    if (!job) throw new Error(`worker called with ${JSON.stringify(item)}, which is not an item`);
    starts.push([item, now]);
    // An item is in flight until its call settles or its deadline passes, whichever comes first.
    const call = { deadline: now + timeoutMs, settled: false };
    running.push(call);
    maxInFlight = Math.max(maxInFlight, running.filter((other) => !other.settled && other.deadline > now).length);
    await after(job.ms);
    call.settled = true;
    if ('error' in job) throw new Error(job.error);
    return job.value;
  };
  const sleep = (ms) => {
    if (typeof ms !== 'number' || !(ms >= 0)) throw new Error(`sleep needs a number of milliseconds, got ${String(ms)}`);
    return after(ms);
  };

  let settled;
  runBatch(items, worker, options, sleep).then(
    (outcomes) => (settled = { outcomes }),
    (error) => (settled = { error }),
  );
  for (;;) {
    await turn();
    if (settled) break;
    if (!timers.length) throw new Error('runBatch has not resolved, yet nothing is pending: every item needs an outcome');
    timers.sort((a, b) => a.at - b.at || a.order - b.order);
    const timer = timers.shift();
    now = timer.at;
    timer.fire();
  }
  if (settled.error) throw settled.error;
  return { outcomes: settled.outcomes, starts, maxInFlight, finishedAt: now };
};
