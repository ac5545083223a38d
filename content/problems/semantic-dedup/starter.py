def semantic_dedup(items: list[dict], threshold: float) -> list[str]:
    # TODO: keep an item unless it is >= threshold similar to an item already kept.
    raise NotImplementedError
