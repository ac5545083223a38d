import math
from typing import Callable


# The seeded generator the statement specifies.
def mulberry32(seed: int) -> Callable[[], float]:
    state = seed & 0xFFFFFFFF

    def next_float() -> float:
        nonlocal state
        state = (state + 0x6D2B79F5) & 0xFFFFFFFF
        t = state
        t = ((t ^ (t >> 15)) * (t | 1)) & 0xFFFFFFFF
        t ^= (t + ((t ^ (t >> 7)) * (t | 61))) & 0xFFFFFFFF
        return ((t ^ (t >> 14)) & 0xFFFFFFFF) / 4294967296

    return next_float


def _is_int(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def sample_tokens(logits: list[float], temperature: float, top_k: int, top_p: float, seed: int, draws: int) -> list[int]:
    if not logits:
        raise ValueError("logits must not be empty")
    if not temperature > 0:
        raise ValueError(f"temperature must be greater than 0 (got {temperature})")
    if not _is_int(top_k) or top_k < 0:
        raise ValueError(f"top_k must be an integer >= 0 (got {top_k})")
    if not 0 < top_p <= 1:
        raise ValueError(f"top_p must be in (0, 1] (got {top_p})")
    if not _is_int(draws) or draws < 0:
        raise ValueError(f"draws must be an integer >= 0 (got {draws})")
    if not _is_int(seed) or not 0 <= seed < 2**32:
        raise ValueError(f"seed must be an integer in [0, 2^32) (got {seed})")

    order = sorted(range(len(logits)), key=lambda i: (-logits[i], i))
    top = logits[order[0]] / temperature
    probs = [math.exp(logit / temperature - top) for logit in logits]
    total = sum(probs)
    probs = [p / total for p in probs]

    kept = order[:top_k] if top_k > 0 else order
    if top_p < 1:
        kept_total = sum(probs[i] for i in kept)
        cumulative, size = 0.0, 0
        for i in kept:
            cumulative += probs[i] / kept_total
            size += 1
            if cumulative >= top_p:
                break
        kept = kept[:size]

    survivors_total = sum(probs[i] for i in kept)
    cumulative_sums, running = [], 0.0
    for i in kept:
        running += probs[i] / survivors_total
        cumulative_sums.append(running)
    rng = mulberry32(seed)
    chosen = []
    for _ in range(draws):
        u = rng()
        chosen.append(next((i for i, c in zip(kept, cumulative_sums) if u < c), kept[-1]))
    return chosen
