import math


def retrieval_metrics(retrieved: list[str], relevant: list[str], k: int) -> dict:
    if k < 1:
        raise ValueError("k must be at least 1")
    relevant_set = set(relevant)
    seen = set()
    hits = 0
    first_rank = 0
    dcg = 0.0
    for index, item_id in enumerate(retrieved[:k]):
        is_hit = item_id in relevant_set and item_id not in seen
        seen.add(item_id)
        if not is_hit:
            continue
        hits += 1
        if first_rank == 0:
            first_rank = index + 1
        dcg += 1 / math.log2(index + 2)
    idcg = sum(1 / math.log2(rank + 1) for rank in range(1, min(k, len(relevant_set)) + 1))
    return {
        "precision_at_k": hits / k,
        "recall_at_k": hits / len(relevant_set) if relevant_set else 0.0,
        "reciprocal_rank": 1 / first_rank if first_rank else 0.0,
        "ndcg_at_k": dcg / idcg if idcg else 0.0,
    }
