import math


def _unit(vector):
    norm = math.sqrt(sum(v * v for v in vector))
    return None if norm == 0 else [v / norm for v in vector]


def semantic_dedup(items: list[dict], threshold: float) -> list[str]:
    if not -1 <= threshold <= 1:
        raise ValueError("threshold must be between -1 and 1")
    dimension = len(items[0]["embedding"]) if items else None
    kept = []
    for item in items:
        if len(item["embedding"]) != dimension:
            raise ValueError(f"item {item['id']} has dimension {len(item['embedding'])}, expected {dimension}")
        direction = _unit(item["embedding"])

        def similarity(other):
            if direction is None or other is None:
                return 0.0
            return sum(a * b for a, b in zip(direction, other))

        if not any(similarity(other) >= threshold for _, other in kept):
            kept.append((item["id"], direction))
    return [item_id for item_id, _ in kept]
