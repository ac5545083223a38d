def merge_top_k(shards: list[list[dict]], k: int) -> list[dict]:
    # TODO: check every shard is sorted, then merge (a heap of shard heads), keeping each id once with its best score.
    raise NotImplementedError
