# Replays a script of calls against one layer: ["step", x] | ["length"] | ["truncate", n].
# A call that raises ValueError is recorded as "error". The driver also checks the cache
# itself: every step grows it by exactly one, and a call that raises leaves it as it was.
def run(KvCacheAttention, args):
    weights, ops = args
    layer = KvCacheAttention(weights)
    results = []
    for op in ops:
        if op[0] == "length":
            results.append(layer.cache_length())
            continue
        if op[0] not in ("step", "truncate"):
            raise RuntimeError(f"unknown op {op[0]}")
        before = layer.cache_length()
        failed = False
        try:
            if op[0] == "step":
                results.append(layer.step(op[1]))
            else:
                layer.truncate(op[1])
                results.append(None)
        except ValueError:
            failed = True
            results.append("error")
        after = layer.cache_length()
        if failed and after != before:
            raise RuntimeError(f"a {op[0]} call that raised changed cache_length() from {before} to {after}")
        if not failed and op[0] == "step" and after != before + 1:
            raise RuntimeError(f"cache_length() went from {before} to {after} in one step; a step adds exactly one position")
    return results
