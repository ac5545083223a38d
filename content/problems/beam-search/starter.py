def beam_search(table: dict[str, list[list]], beam_width: int, max_length: int, end_token: str,
                length_normalize: bool) -> list[dict]:
    # TODO: expand the live hypotheses step by step, keep the beam_width best candidates,
    # move the ones ending in end_token to the finished list, and return the finished ones
    # best first (ties by token list) as {"tokens": [...], "score": ...}. ValueError on a
    # beam_width or max_length that is not an integer >= 1.
    raise NotImplementedError
