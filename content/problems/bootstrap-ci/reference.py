def make_rng(seed: int):
    """The generator the statement specifies: use it exactly as given."""
    state = seed

    def next_draw() -> int:
        nonlocal state
        state = (state * 1664525 + 1013904223) % 4294967296
        return state

    return next_draw


def _is_int(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def bootstrap_ci(values: list[float], resamples: int, level: int, seed: int) -> dict:
    if not values:
        raise ValueError("values must not be empty")
    if not _is_int(resamples) or resamples < 1:
        raise ValueError("resamples must be an integer of at least 1")
    if not _is_int(level) or not 1 <= level <= 99:
        raise ValueError("level must be an integer percentage from 1 to 99")
    if not _is_int(seed) or not 0 <= seed < 2**32:
        raise ValueError("seed must be an integer from 0 to 2^32 - 1")
    n = len(values)
    next_draw = make_rng(seed)
    means = []
    for _ in range(resamples):
        total = 0.0
        for _ in range(n):
            total += values[next_draw() * n // 4294967296]
        means.append(total / n)
    means.sort()
    j = resamples * (100 - level) // 200
    return {"mean": sum(values) / n, "lower": means[j], "upper": means[resamples - 1 - j]}
