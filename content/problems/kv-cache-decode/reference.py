import math


def _checked_copy(matrix: list[list[float]], name: str) -> list[list[float]]:
    """A copy of a non-empty rectangular matrix, or a ValueError naming it."""
    width = len(matrix[0]) if matrix else 0
    if width == 0 or any(len(row) != width for row in matrix):
        raise ValueError(f"{name} must be a non-empty matrix with rows of one non-zero length")
    return [list(row) for row in matrix]


def _times(x: list[float], matrix: list[list[float]]) -> list[float]:
    return [sum(value * matrix[r][c] for r, value in enumerate(x)) for c in range(len(matrix[0]))]


class KvCacheAttention:
    def __init__(self, weights: dict):
        self._wq = _checked_copy(weights["wq"], "wq")
        self._wk = _checked_copy(weights["wk"], "wk")
        self._wv = _checked_copy(weights["wv"], "wv")
        self._wo = _checked_copy(weights["wo"], "wo")
        shape = lambda m: (len(m), len(m[0]))  # noqa: E731
        if shape(self._wk) != shape(self._wq) or shape(self._wv) != shape(self._wq):
            raise ValueError("wq, wk and wv must have one shape")
        if len(self._wo) != len(self._wq[0]):
            raise ValueError(f"wo must have d_head = {len(self._wq[0])} rows")
        self._keys: list[list[float]] = []
        self._values: list[list[float]] = []

    def step(self, x: list[float]) -> list[float]:
        if len(x) != len(self._wq):
            raise ValueError(f"x must have d_model = {len(self._wq)} entries (got {len(x)})")
        query = _times(x, self._wq)
        self._keys.append(_times(x, self._wk))
        self._values.append(_times(x, self._wv))
        scale = 1 / math.sqrt(len(query))
        scores = [sum(k * q for k, q in zip(key, query)) * scale for key in self._keys]
        top = max(scores)
        weights = [math.exp(score - top) for score in scores]
        total = sum(weights)
        mixed = [sum(w * value[c] for w, value in zip(weights, self._values)) / total for c in range(len(query))]
        return _times(mixed, self._wo)

    def cache_length(self) -> int:
        return len(self._keys)

    def truncate(self, length: int) -> None:
        if not isinstance(length, int) or isinstance(length, bool) or not 0 <= length <= len(self._keys):
            raise ValueError(f"length must be an integer in [0, {len(self._keys)}] (got {length!r})")
        del self._keys[length:]
        del self._values[length:]
