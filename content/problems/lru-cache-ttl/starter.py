from typing import Callable


class LruCache:
    def __init__(self, capacity: int, ttl_ms: float, now: Callable[[], float]):
        # TODO: validate; choose a structure that keeps recency order.
        pass

    def get(self, key: str):
        raise NotImplementedError

    def set(self, key: str, value) -> None:
        raise NotImplementedError

    def size(self) -> int:
        raise NotImplementedError
