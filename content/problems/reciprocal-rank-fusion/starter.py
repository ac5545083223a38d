def reciprocal_rank_fusion(rankings: list[list[str]], k: int = 60) -> list[tuple[str, float]]:
    # TODO: sum 1 / (k + rank) per id (rank from 1, first occurrence per ranking); sort by score desc, id asc.
    raise NotImplementedError
