from typing import Callable


class TokenBucket:
    def __init__(self, capacity: float, refill_per_second: float, now: Callable[[], float]):
        # TODO: validate, start full at now().
        pass

    def try_acquire(self, cost: float = 1) -> bool:
        # TODO: refill for the time elapsed, then take cost tokens if available.
        raise NotImplementedError

    def available(self) -> float:
        # TODO: tokens available right now.
        raise NotImplementedError
