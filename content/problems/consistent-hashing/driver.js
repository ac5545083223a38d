// Replays ring changes and lookups against the user's HashRing; lookups are the results.
// args: [{ vnodes, ops: [["add", name] | ["remove", name] | ["lookup", key]] }]
exports.run = (HashRing, [spec]) => {
  const ring = new HashRing(spec.vnodes);
  const results = [];
  for (const [op, value] of spec.ops) {
    if (op === 'add') ring.addReplica(value);
    else if (op === 'remove') ring.removeReplica(value);
    else if (op === 'lookup') results.push(ring.lookup(value) ?? null);
    else throw new Error(`unknown op ${op}`);
  }
  return results;
};
