// Replays a script of clock moves and calls against the user's TokenBucket.
// args: [{ capacity, refill, start, ops: [["at", t] | ["acquire", cost?] | ["available"]] }]
exports.run = (TokenBucket, [spec]) => {
  let clock = spec.start ?? 0;
  const bucket = new TokenBucket(spec.capacity, spec.refill, () => clock);
  const results = [];
  for (const [op, value] of spec.ops) {
    if (op === 'at') clock = value;
    else if (op === 'acquire') results.push(value === undefined ? bucket.tryAcquire() : bucket.tryAcquire(value));
    else if (op === 'available') results.push(bucket.available());
    else throw new Error(`unknown op ${op}`);
  }
  return results;
};
