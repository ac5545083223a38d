class CircuitOpenError(Exception):
    """Raised instead of calling the operation while the breaker is open."""

    def __init__(self, retry_after_ms):
        super().__init__(f"circuit open: retry in {retry_after_ms} ms")
        self.retry_after_ms = retry_after_ms


class CircuitBreaker:
    def __init__(self, failure_threshold, open_ms, half_open_successes, now):
        # now() returns the current time in integer milliseconds
        # TODO: validate the options and keep what you need.
        pass

    def call(self, operation):
        # TODO: run the operation, or fail fast with CircuitOpenError, and update the state.
        raise NotImplementedError

    def state(self):
        # TODO: "closed", "open" or "half-open"
        raise NotImplementedError
