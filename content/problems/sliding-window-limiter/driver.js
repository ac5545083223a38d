// Replays clock moves and calls against the user's SlidingWindowLimiter.
// args: [{ limit, window, start?, ops: [["at", t] | ["acquire", tenant] | ["size", tenant]] }]
exports.run = (SlidingWindowLimiter, [spec]) => {
  let clock = spec.start ?? 0;
  const limiter = new SlidingWindowLimiter(spec.limit, spec.window, () => clock);
  const results = [];
  for (const [op, value] of spec.ops) {
    if (op === 'at') clock = value;
    else if (op === 'acquire') results.push(limiter.tryAcquire(value));
    else if (op === 'size') results.push(limiter.size(value));
    else throw new Error(`unknown op ${op}`);
  }
  return results;
};
