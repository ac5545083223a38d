// Replays clock moves and calls against the user's cache. Misses read as null.
// args: [{ threshold, ttl, max, start?, ops: [["at", t] | ["put", tenant, embedding, answer] | ["get", tenant, embedding] | ["size", tenant]] }]
exports.run = (TenantSemanticCache, [script]) => {
  let clock = script.start ?? 0;
  const cache = new TenantSemanticCache(script.threshold, script.ttl, script.max, () => clock);
  const results = [];
  for (const [op, ...rest] of script.ops) {
    if (op === 'at') clock = rest[0];
    else if (op === 'put') cache.put(rest[0], rest[1], rest[2]);
    else if (op === 'get') results.push(cache.get(rest[0], rest[1]) ?? null);
    else if (op === 'size') results.push(cache.size(rest[0]));
    else throw new Error(`unknown op ${op}`);
  }
  return results;
};
