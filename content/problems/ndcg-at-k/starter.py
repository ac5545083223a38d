def ndcg_at_k(queries: list[dict], k: int) -> dict:
    # TODO: gains 2^grade - 1, discount 1/log2(rank + 1), ideal ranking from all judged documents.
    # Return {"scores": [...], "mean": ...}.
    raise NotImplementedError
