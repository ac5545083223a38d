from typing import Callable


class SlidingWindowLimiter:
    def __init__(self, limit: int, window_ms: int, now: Callable[[], int]):
        # TODO: validate; keep one log of accepted timestamps per tenant.
        pass

    def try_acquire(self, tenant: str) -> bool:
        # TODO: prune the tenant's log to the window (t - window_ms, t], then accept if it holds fewer than limit.
        raise NotImplementedError

    def size(self, tenant: str) -> int:
        # TODO: accepted requests of the tenant inside the window right now.
        raise NotImplementedError
