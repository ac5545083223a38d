def cosine_similarity(a: list[float], b: list[float]) -> float:
    # TODO: dot(a, b) / (|a| * |b|); 0 when either norm is 0; raise ValueError on empty or mismatched input.
    raise NotImplementedError
