class KvCacheAttention:
    def __init__(self, weights: dict):
        # TODO: validate the shapes (ValueError) and keep copies of weights["wq"], ["wk"],
        # ["wv"] and ["wo"]; start with an empty cache.
        pass

    def step(self, x: list[float]) -> list[float]:
        # TODO: project x to q, k, v; append k and v to the cache; attend over the cache
        # (stable softmax of q·k_j / sqrt(d_head)) and return h wo.
        raise NotImplementedError

    def cache_length(self) -> int:
        # TODO: the number of cached positions.
        raise NotImplementedError

    def truncate(self, length: int) -> None:
        # TODO: keep only the first `length` cached positions.
        raise NotImplementedError
