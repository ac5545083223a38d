def _is_int(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def beam_search(table: dict[str, list[list]], beam_width: int, max_length: int, end_token: str,
                length_normalize: bool) -> list[dict]:
    if not _is_int(beam_width) or beam_width < 1:
        raise ValueError(f"beam_width must be an integer >= 1 (got {beam_width!r})")
    if not _is_int(max_length) or max_length < 1:
        raise ValueError(f"max_length must be an integer >= 1 (got {max_length!r})")
    # Python compares lists of strings token by token, a prefix first: the statement's order.
    live: list[tuple[list[str], float]] = [([], 0.0)]
    finished: list[tuple[list[str], float]] = []
    length = 0
    while live and length < max_length:
        candidates = [(tokens + [token], score + log_prob)
                      for tokens, score in live
                      for token, log_prob in table.get(" ".join(tokens), [])]
        selected = sorted(candidates, key=lambda c: (-c[1], c[0]))[:beam_width]
        finished += [c for c in selected if c[0][-1] == end_token]
        live = [c for c in selected if c[0][-1] != end_token]
        length += 1
    finished += live

    def rank(hypothesis):
        tokens, score = hypothesis
        return score / len(tokens) if length_normalize else score

    finished.sort(key=lambda h: (-rank(h), h[0]))
    return [{"tokens": tokens, "score": score} for tokens, score in finished]
