import math
from collections import OrderedDict


class TenantSemanticCache:
    """Each tenant has an OrderedDict from embedding (a tuple) to (unit vector, answer, stored at),
    kept in the order of the puts that stored the entries: oldest first."""

    def __init__(self, threshold, ttl_ms, max_entries_per_tenant, now):
        if not -1 <= threshold <= 1:
            raise ValueError("threshold must be in [-1, 1]")
        if not ttl_ms >= 1:
            raise ValueError("ttl_ms must be at least 1")
        if not max_entries_per_tenant >= 1:
            raise ValueError("max_entries_per_tenant must be at least 1")
        self._threshold = threshold
        self._ttl_ms = ttl_ms
        self._max = max_entries_per_tenant
        self._now = now
        self._tenants = {}

    def _live(self, tenant):
        entries = self._tenants.setdefault(tenant, OrderedDict())
        now = self._now()
        for key in [key for key, (_, _, stored) in entries.items() if now - stored >= self._ttl_ms]:
            del entries[key]
        return entries

    @staticmethod
    def _unit(embedding):
        length = math.sqrt(sum(x * x for x in embedding))
        if length == 0:
            raise ValueError("an embedding must have at least one non-zero component")
        return [x / length for x in embedding]

    def put(self, tenant, embedding, answer):
        unit = self._unit(embedding)
        entries = self._live(tenant)
        key = tuple(embedding)
        if key in entries:
            entries.move_to_end(key)
        elif len(entries) >= self._max:
            entries.popitem(last=False)
        entries[key] = (unit, answer, self._now())

    def get(self, tenant, embedding):
        query = self._unit(embedding)
        best, best_similarity = None, None
        # Oldest first, so ">=" lets the most recently stored of equal similarities win.
        for unit, answer, _ in self._live(tenant).values():
            similarity = sum(q * u for q, u in zip(query, unit))
            if best_similarity is None or similarity >= best_similarity:
                best, best_similarity = answer, similarity
        return best if best_similarity is not None and best_similarity >= self._threshold else None

    def size(self, tenant):
        return len(self._live(tenant))
