def merge_top_k(shards: list[list[dict]], k: int) -> list[dict]:
    if k < 0:
        raise ValueError("k must be >= 0")
    for shard, hits in enumerate(shards):
        for i in range(1, len(hits)):
            if hits[i]["score"] > hits[i - 1]["score"]:
                raise ValueError(f"shard {shard} is not sorted by score at position {i}")
    best: dict[str, float] = {}
    for hits in shards:
        for hit in hits:
            if hit["id"] not in best or hit["score"] > best[hit["id"]]:
                best[hit["id"]] = hit["score"]
    ranked = sorted(best.items(), key=lambda pair: (-pair[1], pair[0]))
    return [{"id": item_id, "score": score} for item_id, score in ranked[:k]]
