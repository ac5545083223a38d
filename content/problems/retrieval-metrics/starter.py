def retrieval_metrics(retrieved: list[str], relevant: list[str], k: int) -> dict:
    # TODO: return {"precision_at_k": ..., "recall_at_k": ..., "reciprocal_rank": ..., "ndcg_at_k": ...}
    raise NotImplementedError
