def bpe(corpus: str, num_merges: int, texts: list[str]) -> dict:
    # TODO: split into words, count adjacent pairs weighted by word frequency, merge the
    # best pair (ties: smallest left, then smallest right) num_merges times (ValueError if
    # num_merges is not an integer >= 0), then encode each text by applying the merges in
    # the order learned. Return {"merges": [[left, right], ...], "tokens": [[...], ...]}.
    raise NotImplementedError
