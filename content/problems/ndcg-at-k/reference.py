import math


def _query_ndcg(query: dict, k: int):
    grades = query["grades"]
    for doc_id, grade in grades.items():
        if isinstance(grade, bool) or grade != int(grade) or not 0 <= grade <= 10:
            raise ValueError(f"grade of {doc_id!r} must be an integer from 0 to 10")
    ideal = sorted(grades.values(), reverse=True)[:k]
    ideal_dcg = sum((2 ** int(g) - 1) / math.log2(rank + 1) for rank, g in enumerate(ideal, start=1))
    if ideal_dcg == 0:
        return None
    seen, dcg = set(), 0.0
    for rank, doc_id in enumerate(query["ranking"][:k], start=1):
        if doc_id not in seen:
            dcg += (2 ** int(grades.get(doc_id, 0)) - 1) / math.log2(rank + 1)
        seen.add(doc_id)
    return dcg / ideal_dcg


def ndcg_at_k(queries: list[dict], k: int) -> dict:
    if k < 1:
        raise ValueError("k must be at least 1")
    scores = [_query_ndcg(query, k) for query in queries]
    counted = [score for score in scores if score is not None]
    return {"scores": scores, "mean": math.fsum(counted) / len(counted) if counted else None}
