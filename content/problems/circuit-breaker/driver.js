// Replays clock moves and calls against CircuitBreakers and records each call's outcome and the state after it.
// args: [options, ops] with ops ["at", ms] | ["call", "ok:<value>" | "fail:<message>"] | ["state"]
// A call gives ["ok", value, state] | ["error", message, state] | ["rejected", retryAfterMs, state]; ["state"] gives the state.
// "call2" and "state2" do the same on a second breaker with the same options and clock.
exports.run = (CircuitBreaker, [options, ops]) => {
  let clock = 0;
  const breakers = [new CircuitBreaker(options, () => clock), new CircuitBreaker(options, () => clock)];
  const results = [];
  for (const [name, arg] of ops) {
    const op = name.replace(/2$/, '');
    const breaker = breakers[name.endsWith('2') ? 1 : 0];
    if (op === 'at') {
      clock = arg;
    } else if (op === 'state') {
      results.push(breaker.state());
    } else if (op === 'call') {
      let ran = false;
      let failure;
      const operation = () => {
        ran = true;
        if (arg.startsWith('ok:')) return arg.slice(3);
        failure = new Error(arg.slice('fail:'.length));
        throw failure;
      };
      try {
        const value = breaker.call(operation);
        results.push(['ok', value, breaker.state()]);
      } catch (error) {
        if (failure !== undefined && error === failure) results.push(['error', error.message, breaker.state()]);
        else if (typeof error?.retryAfterMs === 'number') {
          results.push([ran ? 'rejected after running the operation' : 'rejected', error.retryAfterMs, breaker.state()]);
        } else throw error;
      }
    } else {
      throw new Error(`unknown op ${name}`);
    }
  }
  return results;
};
