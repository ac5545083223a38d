from collections import OrderedDict
from typing import Callable


class LruCache:
    def __init__(self, capacity: int, ttl_ms: float, now: Callable[[], float]):
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        if ttl_ms <= 0:
            raise ValueError("ttl_ms must be positive")
        self._capacity = capacity
        self._ttl = ttl_ms
        self._now = now
        self._entries: OrderedDict = OrderedDict()

    def _expired(self, written_at, time):
        return time - written_at >= self._ttl

    def get(self, key: str):
        entry = self._entries.pop(key, None)
        if entry is None:
            return None
        value, written_at = entry
        if self._expired(written_at, self._now()):
            return None
        self._entries[key] = entry
        return value

    def set(self, key: str, value) -> None:
        time = self._now()
        existed = self._entries.pop(key, None) is not None
        if not existed and len(self._entries) >= self._capacity:
            for candidate in [k for k, (_, w) in self._entries.items() if self._expired(w, time)]:
                del self._entries[candidate]
            if len(self._entries) >= self._capacity:
                self._entries.popitem(last=False)
        self._entries[key] = (value, time)

    def size(self) -> int:
        time = self._now()
        return sum(1 for _, written_at in self._entries.values() if not self._expired(written_at, time))
