import math


def top_k_similar(query: list[float], items: list[dict], k: int) -> list[str]:
    if k <= 0:
        return []
    query_norm = math.sqrt(sum(x * x for x in query))
    scored = []
    for item in items:
        embedding = item["embedding"]
        if len(embedding) != len(query):
            raise ValueError(f"item {item['id']} has dimension {len(embedding)}, query has {len(query)}")
        item_norm = math.sqrt(sum(x * x for x in embedding))
        dot = sum(x * y for x, y in zip(query, embedding))
        score = 0.0 if query_norm == 0 or item_norm == 0 else dot / (query_norm * item_norm)
        scored.append((-score, item["id"]))
    scored.sort()
    return [item_id for _, item_id in scored[:k]]
