def bm25_scores(query: str, docs: list[str], k1: float = 1.5, b: float = 0.75) -> list[float]:
    # TODO: tokenise (lowercase, split on runs outside [a-z0-9]), then score each doc with BM25.
    raise NotImplementedError
