from typing import Callable


# The seeded generator the statement specifies: keep it exactly as it is.
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


def sample_tokens(logits: list[float], temperature: float, top_k: int, top_p: float, seed: int, draws: int) -> list[int]:
    # TODO: validate (ValueError), order the ids, softmax with the temperature, cut to top-k
    # then top-p, renormalise, and draw `draws` tokens with one mulberry32(seed) generator.
    raise NotImplementedError
