def fnv1a32(text: str) -> int:
    """FNV-1a 32-bit over the UTF-8 bytes of text: the ring's hash (use it as it is)."""
    hash_value = 0x811C9DC5
    for byte in text.encode("utf-8"):
        hash_value ^= byte
        hash_value = (hash_value * 0x01000193) & 0xFFFFFFFF
    return hash_value


class HashRing:
    def __init__(self, vnodes: int):
        # TODO: validate; keep the virtual nodes sorted by (position, replica name).
        pass

    def add_replica(self, name: str) -> None:
        # TODO: place name#0 ... name#(vnodes - 1) on the ring.
        raise NotImplementedError

    def remove_replica(self, name: str) -> None:
        # TODO: take every virtual node of name off the ring.
        raise NotImplementedError

    def lookup(self, key: str) -> str | None:
        # TODO: first virtual node with position >= fnv1a32(key), wrapping around.
        raise NotImplementedError
