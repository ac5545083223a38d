# Replays ring changes and lookups against the user's HashRing; lookups are the results.
def run(HashRing, args):
    spec = args[0]
    ring = HashRing(spec["vnodes"])
    results = []
    for op, value in spec["ops"]:
        if op == "add":
            ring.add_replica(value)
        elif op == "remove":
            ring.remove_replica(value)
        elif op == "lookup":
            results.append(ring.lookup(value))
        else:
            raise RuntimeError(f"unknown op {op}")
    return results
