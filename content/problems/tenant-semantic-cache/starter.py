from typing import Callable, Optional


class TenantSemanticCache:
    def __init__(self, threshold: float, ttl_ms: int, max_entries_per_tenant: int, now: Callable[[], int]):
        # TODO: validate (raise ValueError), then keep the entries of each tenant apart.
        raise NotImplementedError

    def put(self, tenant: str, embedding: list, answer: str) -> None:
        # TODO: replace an identical live entry, or add one (evicting the oldest when full).
        raise NotImplementedError

    def get(self, tenant: str, embedding: list) -> Optional[str]:
        # TODO: the most similar live entry of this tenant, if it reaches the threshold.
        raise NotImplementedError

    def size(self, tenant: str) -> int:
        raise NotImplementedError
