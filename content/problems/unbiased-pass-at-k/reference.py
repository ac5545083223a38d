import math


def pass_at_k(tasks: list[dict], k: int) -> dict:
    if k < 1:
        raise ValueError("k must be at least 1")
    if not tasks:
        raise ValueError("tasks must not be empty")
    scores = []
    for task in tasks:
        n, c = task["n"], task["c"]
        if n < k:
            raise ValueError(f"a task has n = {n} samples, fewer than k = {k}")
        if c < 0 or c > n:
            raise ValueError(f"a task has c = {c} outside 0..{n}")
        # Exact big integers: Python's int / int rounds the true quotient once.
        scores.append(1 - math.comb(n - c, k) / math.comb(n, k))
    return {"scores": scores, "mean": math.fsum(scores) / len(scores)}
