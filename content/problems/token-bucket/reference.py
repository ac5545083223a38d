from typing import Callable


class TokenBucket:
    def __init__(self, capacity: float, refill_per_second: float, now: Callable[[], float]):
        if not capacity > 0:
            raise ValueError("capacity must be positive")
        if not refill_per_second >= 0:
            raise ValueError("refill_per_second must be >= 0")
        self._capacity = capacity
        self._rate = refill_per_second
        self._now = now
        self._tokens = float(capacity)
        self._last = now()

    def _refill(self) -> None:
        time = self._now()
        if time > self._last:
            self._tokens = min(self._capacity, self._tokens + (time - self._last) * self._rate)
            self._last = time

    def try_acquire(self, cost: float = 1) -> bool:
        if not cost > 0:
            raise ValueError("cost must be positive")
        self._refill()
        if cost > self._tokens:
            return False
        self._tokens -= cost
        return True

    def available(self) -> float:
        self._refill()
        return self._tokens
