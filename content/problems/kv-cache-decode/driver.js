// Replays a script of calls against one layer: ["step", x] | ["length"] | ["truncate", n].
// A call that throws is recorded as "error". The driver also checks the cache itself: every
// step grows it by exactly one, and a call that throws leaves it as it was.
exports.run = (KvCacheAttention, [weights, ops]) => {
  const layer = new KvCacheAttention(weights);
  const results = [];
  for (const [op, value] of ops) {
    if (op === 'length') {
      results.push(layer.cacheLength());
      continue;
    }
    if (op !== 'step' && op !== 'truncate') throw new Error(`unknown op ${op}`);
    const before = layer.cacheLength();
    let failed = false;
    try {
      results.push(op === 'step' ? layer.step(value) : (layer.truncate(value), null));
    } catch {
      failed = true;
      results.push('error');
    }
    const after = layer.cacheLength();
    if (failed && after !== before) throw new Error(`a ${op} call that threw changed cacheLength() from ${before} to ${after}`);
    if (!failed && op === 'step' && after !== before + 1) {
      throw new Error(`cacheLength() went from ${before} to ${after} in one step; a step adds exactly one position`);
    }
  }
  return results;
};
