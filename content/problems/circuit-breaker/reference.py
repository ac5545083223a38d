class CircuitOpenError(Exception):
    """Raised instead of calling the operation while the breaker is open."""

    def __init__(self, retry_after_ms):
        super().__init__(f"circuit open: retry in {retry_after_ms} ms")
        self.retry_after_ms = retry_after_ms


class CircuitBreaker:
    def __init__(self, failure_threshold, open_ms, half_open_successes, now):
        if failure_threshold < 1:
            raise ValueError("failure_threshold must be at least 1")
        if half_open_successes < 1:
            raise ValueError("half_open_successes must be at least 1")
        if open_ms < 0:
            raise ValueError("open_ms must not be negative")
        self._threshold, self._open_ms, self._needed = failure_threshold, open_ms, half_open_successes
        self._now = now
        self._failures = 0
        self._trial_successes = 0
        self._opened_at = None  # None while closed; open or half-open follows from the clock

    def state(self):
        if self._opened_at is None:
            return "closed"
        return "open" if self._now() < self._opened_at + self._open_ms else "half-open"

    def call(self, operation):
        state = self.state()
        if state == "open":
            raise CircuitOpenError(self._opened_at + self._open_ms - self._now())
        try:
            value = operation()
        except Exception:
            self._failures += 1
            if state == "half-open" or self._failures >= self._threshold:
                self._opened_at, self._trial_successes = self._now(), 0
            raise
        if state == "closed":
            self._failures = 0
        else:
            self._trial_successes += 1
            if self._trial_successes >= self._needed:
                self._opened_at, self._failures = None, 0
        return value
