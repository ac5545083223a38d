# Replays clock moves and calls against the user's SlidingWindowLimiter.
def run(SlidingWindowLimiter, args):
    spec = args[0]
    clock = [spec.get("start", 0)]
    limiter = SlidingWindowLimiter(spec["limit"], spec["window"], lambda: clock[0])
    results = []
    for op, value in spec["ops"]:
        if op == "at":
            clock[0] = value
        elif op == "acquire":
            results.append(limiter.try_acquire(value))
        elif op == "size":
            results.append(limiter.size(value))
        else:
            raise RuntimeError(f"unknown op {op}")
    return results
