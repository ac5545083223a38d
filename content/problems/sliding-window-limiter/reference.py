from collections import deque
from typing import Callable


class SlidingWindowLimiter:
    def __init__(self, limit: int, window_ms: int, now: Callable[[], int]):
        if not limit >= 1:
            raise ValueError("limit must be at least 1")
        if not window_ms >= 1:
            raise ValueError("window_ms must be at least 1")
        self._limit = limit
        self._window = window_ms
        self._now = now
        self._logs: dict[str, deque] = {}
        self._latest = None

    def _live(self, tenant: str):
        """The tenant's log pruned to (time - window, time] at the effective time."""
        reading = self._now()
        # A clock that steps back must not make old requests look recent.
        self._latest = reading if self._latest is None else max(self._latest, reading)
        time = self._latest
        log = self._logs.pop(tenant, deque())
        while log and log[0] <= time - self._window:
            log.popleft()
        if log:
            self._logs[tenant] = log
        return log, time

    def try_acquire(self, tenant: str) -> bool:
        log, time = self._live(tenant)
        if len(log) >= self._limit:
            return False
        log.append(time)
        self._logs[tenant] = log
        return True

    def size(self, tenant: str) -> int:
        return len(self._live(tenant)[0])
