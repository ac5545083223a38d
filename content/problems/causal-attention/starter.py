def attention(q: list[list[float]], k: list[list[float]], v: list[list[float]], causal: bool) -> list[list[float]]:
    # TODO: validate the shapes (ValueError), score q[i]·k[j] / sqrt(d_k), mask keys j > i
    # when causal, take a stable softmax per query row and average the value rows.
    raise NotImplementedError
