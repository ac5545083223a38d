# Replays a script of outcomes against the user's retry_with_backoff and records what it did.
class _Failure(Exception):
    pass


def run(retry_with_backoff, args):
    spec = args[0]
    calls, sleeps, randoms = [], [], list(spec["randoms"])
    random_calls = [0]

    def operation(attempt):
        calls.append(attempt)
        outcome = spec["outcomes"][min(len(calls), len(spec["outcomes"])) - 1]
        if outcome.startswith("ok:"):
            return outcome[3:]
        error = _Failure(f"failure on call {len(calls)}")
        if outcome == "fail:fatal":
            error.retryable = False
        if outcome.startswith("fail:after="):
            error.retry_after_ms = float(outcome[len("fail:after="):])
        raise error

    def random():
        random_calls[0] += 1
        return randoms.pop(0) if randoms else 0.5

    options = spec["options"]
    try:
        value = retry_with_backoff(operation, options["maxAttempts"], options["baseDelayMs"],
                                   options["maxDelayMs"], sleeps.append, random)
        return {"outcome": "value", "value": value, "calls": calls, "sleeps": sleeps, "randomCalls": random_calls[0]}
    except _Failure as error:
        return {"outcome": "error", "error": str(error), "calls": calls, "sleeps": sleeps, "randomCalls": random_calls[0]}
