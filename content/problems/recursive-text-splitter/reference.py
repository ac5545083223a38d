SEPARATORS = ["\n\n", "\n", ". ", " "]


def _split_keeping(text, separator):
    parts = text.split(separator)
    kept = [part + separator if i < len(parts) - 1 else part for i, part in enumerate(parts)]
    return [part for part in kept if part]


def _pieces(text, chunk_size, level):
    if len(text.strip()) <= chunk_size:
        return [text]
    separator = next((s for s in SEPARATORS[level:] if s in text), None)
    if separator is None:
        return list(text)
    following = SEPARATORS.index(separator) + 1
    return [p for piece in _split_keeping(text, separator) for p in _pieces(piece, chunk_size, following)]


def split_text(text: str, chunk_size: int) -> list[str]:
    if chunk_size < 1:
        raise ValueError("chunk_size must be at least 1")
    chunks = []
    current = ""
    for piece in _pieces(text, chunk_size, 0):
        if len((current + piece).strip()) <= chunk_size:
            current += piece
        else:
            chunks.append(current)
            current = piece
    chunks.append(current)
    return [c.strip() for c in chunks if c.strip()]
