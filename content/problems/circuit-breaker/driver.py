# Replays clock moves and calls against two CircuitBreakers; see driver.js for the script and the results.
class _OperationFailure(Exception):
    pass


def run(CircuitBreaker, args):
    options, ops = args
    clock = [0]
    breakers = [CircuitBreaker(options["failureThreshold"], options["openMs"], options["halfOpenSuccesses"], lambda: clock[0])
                for _ in range(2)]
    results = []
    for op in ops:
        breaker = breakers[1 if op[0].endswith("2") else 0]
        op = [op[0].rstrip("2"), *op[1:]]
        if op[0] == "at":
            clock[0] = op[1]
        elif op[0] == "state":
            results.append(breaker.state())
        elif op[0] == "call":
            spec, ran, failure = op[1], [False], []

            def operation():
                ran[0] = True
                if spec.startswith("ok:"):
                    return spec[3:]
                failure.append(_OperationFailure(spec[len("fail:"):]))
                raise failure[0]

            try:
                value = breaker.call(operation)
                results.append(["ok", value, breaker.state()])
            except Exception as error:
                if failure and error is failure[0]:
                    results.append(["error", str(error), breaker.state()])
                elif isinstance(getattr(error, "retry_after_ms", None), (int, float)) and not isinstance(error.retry_after_ms, bool):
                    outcome = "rejected after running the operation" if ran[0] else "rejected"
                    results.append([outcome, error.retry_after_ms, breaker.state()])
                else:
                    raise
        else:
            raise ValueError(f"unknown op {op[0]}")
    return results
