# Replays clock moves and calls against the user's cache. Misses read as None.
def run(TenantSemanticCache, args):
    script = args[0]
    clock = [script.get("start", 0)]
    cache = TenantSemanticCache(script["threshold"], script["ttl"], script["max"], lambda: clock[0])
    results = []
    for op in script["ops"]:
        if op[0] == "at":
            clock[0] = op[1]
        elif op[0] == "put":
            cache.put(op[1], op[2], op[3])
        elif op[0] == "get":
            results.append(cache.get(op[1], op[2]))
        elif op[0] == "size":
            results.append(cache.size(op[1]))
        else:
            raise RuntimeError(f"unknown op {op[0]}")
    return results
