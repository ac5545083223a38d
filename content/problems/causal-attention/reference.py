import math


def _width(rows: list[list[float]], name: str) -> int:
    if not rows:
        raise ValueError(f"{name} has no rows")
    size = len(rows[0])
    if size == 0 or any(len(row) != size for row in rows):
        raise ValueError(f"{name} must have non-empty rows of one length")
    return size


def attention(q: list[list[float]], k: list[list[float]], v: list[list[float]], causal: bool) -> list[list[float]]:
    dk = _width(q, "q")
    if _width(k, "k") != dk:
        raise ValueError("rows of q and k differ in length")
    dv = _width(v, "v")
    if len(v) != len(k):
        raise ValueError(f"v has {len(v)} rows but k has {len(k)}")
    scale = 1 / math.sqrt(dk)
    out = []
    for i, query in enumerate(q):
        visible = min(i + 1, len(k)) if causal else len(k)
        scores = [sum(a * b for a, b in zip(query, k[j])) * scale for j in range(visible)]
        top = max(scores)
        weights = [math.exp(score - top) for score in scores]
        total = sum(weights)
        out.append([sum(weights[j] * v[j][c] for j in range(visible)) / total for c in range(dv)])
    return out
