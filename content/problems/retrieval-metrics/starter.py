def retrieval_metrics(retrieved: list[str], relevant: list[str], k: int) -> dict:
    # TODO: return {"precision_at_k": ..., "recall_at_k": ..., "mrr": ..., "ndcg_at_k": ...}
    raise NotImplementedError
