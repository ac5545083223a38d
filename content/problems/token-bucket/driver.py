# Replays a script of clock moves and calls against the user's TokenBucket.
def run(TokenBucket, args):
    spec = args[0]
    clock = [spec.get("start", 0)]
    bucket = TokenBucket(spec["capacity"], spec["refill"], lambda: clock[0])
    results = []
    for op in spec["ops"]:
        if op[0] == "at":
            clock[0] = op[1]
        elif op[0] == "acquire":
            results.append(bucket.try_acquire() if len(op) == 1 else bucket.try_acquire(op[1]))
        elif op[0] == "available":
            results.append(bucket.available())
        else:
            raise RuntimeError(f"unknown op {op[0]}")
    return results
