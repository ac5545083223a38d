def make_rng(seed: int):
    """The generator the statement specifies: use it exactly as given."""
    state = seed

    def next_draw() -> int:
        nonlocal state
        state = (state * 1664525 + 1013904223) % 4294967296
        return state

    return next_draw


def bootstrap_ci(values: list[float], resamples: int, level: int, seed: int) -> dict:
    # TODO: B resamples of n indices each (index = draw * n // 2^32), sort the means, read positions j and B - 1 - j.
    # Return {"mean": ..., "lower": ..., "upper": ...}.
    raise NotImplementedError
