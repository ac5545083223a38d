// Replays a script of outcomes against the user's retryWithBackoff and records what it did.
// args: [{ options, outcomes: ["ok:<value>" | "fail" | "fail:fatal" | "fail:after=<ms>"], randoms: number[] }]
exports.run = async (retryWithBackoff, [spec]) => {
  const calls = [];
  const sleeps = [];
  const randoms = [...spec.randoms];
  let randomCalls = 0;
  const operation = async (attempt) => {
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
    const value = await retryWithBackoff(operation, spec.options, async (ms) => void sleeps.push(ms), random);
    return { outcome: 'value', value, calls, sleeps, randomCalls };
  } catch (error) {
    // Only the operation's failures are outcomes; anything else (bad options) propagates.
    if (!error?.fromOperation) throw error;
    return { outcome: 'error', error: error.message, calls, sleeps, randomCalls };
  }
};
