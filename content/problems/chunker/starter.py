def chunk_tokens(text: str, chunk_size: int, overlap: int) -> list[str]:
    # TODO: whitespace tokens; chunk i starts at i * (chunk_size - overlap); stop once the last token is covered.
    raise NotImplementedError
