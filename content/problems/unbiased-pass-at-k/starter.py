def pass_at_k(tasks: list[dict], k: int) -> dict:
    # TODO: 1 - C(n - c, k) / C(n, k) per task, without overflowing; then the plain mean.
    # Return {"scores": [...], "mean": ...}.
    raise NotImplementedError
