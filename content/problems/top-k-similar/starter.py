def top_k_similar(query: list[float], items: list[dict], k: int) -> list[str]:
    # TODO: rank items by cosine similarity to query, best first, ties by id ascending.
    raise NotImplementedError
