# Replays clock moves and calls against the user's LruCache.
def run(LruCache, args):
    spec = args[0]
    clock = [0]
    cache = LruCache(spec["capacity"], spec["ttl"], lambda: clock[0])
    results = []
    for op in spec["ops"]:
        if op[0] == "at":
            clock[0] = op[1]
        elif op[0] == "set":
            cache.set(op[1], op[2])
        elif op[0] == "get":
            results.append(cache.get(op[1]))
        elif op[0] == "size":
            results.append(cache.size())
        else:
            raise RuntimeError(f"unknown op {op[0]}")
    return results
