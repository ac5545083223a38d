// Replays clock moves and calls against the user's LruCache; missing values read as null.
// args: [{ capacity, ttl, ops: [["at", t] | ["set", key, value] | ["get", key] | ["size"]] }]
exports.run = (LruCache, [spec]) => {
  let clock = 0;
  const cache = new LruCache(spec.capacity, spec.ttl, () => clock);
  const results = [];
  for (const [op, key, value] of spec.ops) {
    if (op === 'at') clock = key;
    else if (op === 'set') cache.set(key, value);
    else if (op === 'get') results.push(cache.get(key) ?? null);
    else if (op === 'size') results.push(cache.size());
    else throw new Error(`unknown op ${op}`);
  }
  return results;
};
