def rouge_l(candidate: str, reference: str, beta: float) -> dict:
    # TODO: tokenise both texts, find the LCS length of the token sequences, then P, R and F-beta.
    # Return {"precision": ..., "recall": ..., "f": ...}.
    raise NotImplementedError
