from bisect import bisect_left


def fnv1a32(text: str) -> int:
    """FNV-1a 32-bit over the UTF-8 bytes of text: the ring's hash (use it as it is)."""
    hash_value = 0x811C9DC5
    for byte in text.encode("utf-8"):
        hash_value ^= byte
        hash_value = (hash_value * 0x01000193) & 0xFFFFFFFF
    return hash_value


class HashRing:
    def __init__(self, vnodes: int):
        if not vnodes >= 1:
            raise ValueError("vnodes must be at least 1")
        self._vnodes = vnodes
        # (position, replica) tuples sort in ring order: position, then name on a collision.
        self._ring: list[tuple[int, str]] = []
        self._positions: list[int] = []
        self._replicas: set[str] = set()

    def add_replica(self, name: str) -> None:
        if name in self._replicas:
            raise ValueError(f"replica {name} is already on the ring")
        self._replicas.add(name)
        added = [(fnv1a32(f"{name}#{i}"), name) for i in range(self._vnodes)]
        self._ring = sorted(self._ring + added)  # Timsort merges the two runs in linear time
        self._positions = [position for position, _ in self._ring]

    def remove_replica(self, name: str) -> None:
        if name not in self._replicas:
            raise ValueError(f"replica {name} is not on the ring")
        self._replicas.remove(name)
        self._ring = [node for node in self._ring if node[1] != name]
        self._positions = [position for position, _ in self._ring]

    def lookup(self, key: str) -> str | None:
        if not self._ring:
            return None
        index = bisect_left(self._positions, fnv1a32(key))
        return self._ring[index % len(self._ring)][1]
