// Replays a script of outcomes against the user's retryWithBackoff and records what it did.
// args: [{ options, outcomes: ["ok:<value>" | "fail" | "fail:fatal" | "fail:after=<ms>"], randoms: number[] }]
exports.run = async (retryWithBackoff, [spec]) => {
  const calls = [];
  const sleeps = [];
  const randoms = [...spec.randoms];
  let randomCalls = 0;
  // The sleep resolves on a later turn of the event loop, so a retry that does not wait for it
  // calls the operation while it is still pending.
  let sleeping = false;
  const operation = async (attempt) => {
    if (sleeping) throw new Error(`attempt ${attempt} started before the previous sleep finished: await the sleep`);
    calls.push(attempt);
    const outcome = spec.outcomes[Math.min(calls.length, spec.outcomes.length) - 1];
    if (outcome.startsWith('ok:')) return outcome.slice(3);
    const error = new Error(`failure on call ${calls.length}`);
    error.fromOperation = true;
    if (outcome === 'fail:fatal') error.retryable = false;
    if (outcome.startsWith('fail:after=')) error.retryAfterMs = Number(outcome.slice('fail:after='.length));
    throw error;
  };
  const random = () => {
    randomCalls++;
    return randoms.length ? randoms.shift() : 0.5;
  };
  try {
    const sleep = (ms) => {
      sleeps.push(ms);
      sleeping = true;
      return new Promise((resolve) =>
        setImmediate(() => {
          sleeping = false;
          resolve();
        }),
      );
    };
    const value = await retryWithBackoff(operation, spec.options, sleep, random);
    return { outcome: 'value', value, calls, sleeps, randomCalls };
  } catch (error) {
    // Only the operation's failures are outcomes; anything else (bad options) propagates.
    if (!error?.fromOperation) throw error;
    return { outcome: 'error', error: error.message, calls, sleeps, randomCalls };
  }
};
