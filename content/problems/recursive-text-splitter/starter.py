def split_text(text: str, chunk_size: int) -> list[str]:
    # TODO: split on "\n\n", then "\n", ". ", " ", characters; merge greedily up to chunk_size.
    raise NotImplementedError
