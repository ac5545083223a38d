import re

_SEPARATORS = re.compile(r"[ \t\n]+")


def _words(text: str) -> list[str]:
    return [word for word in _SEPARATORS.split(text) if word]


def _apply_merge(symbols: list[str], left: str, right: str) -> list[str]:
    """Replaces each left-to-right, non-overlapping occurrence of (left, right) with left + right."""
    merged, i = [], 0
    while i < len(symbols):
        if i + 1 < len(symbols) and symbols[i] == left and symbols[i + 1] == right:
            merged.append(left + right)
            i += 2
        else:
            merged.append(symbols[i])
            i += 1
    return merged


def bpe(corpus: str, num_merges: int, texts: list[str]) -> dict:
    if not isinstance(num_merges, int) or isinstance(num_merges, bool) or num_merges < 0:
        raise ValueError(f"num_merges must be an integer >= 0 (got {num_merges!r})")
    frequency: dict[str, int] = {}
    for word in _words(corpus):
        frequency[word] = frequency.get(word, 0) + 1
    words = [(list(word), count) for word, count in frequency.items()]

    merges: list[list[str]] = []
    while len(merges) < num_merges:
        counts: dict[tuple[str, str], int] = {}
        for symbols, count in words:
            for pair in zip(symbols, symbols[1:]):
                counts[pair] = counts.get(pair, 0) + count
        if not counts:
            break
        left, right = min(counts, key=lambda pair: (-counts[pair], pair))
        merges.append([left, right])
        words = [(_apply_merge(symbols, left, right), count) for symbols, count in words]

    tokens = []
    for text in texts:
        encoded = []
        for word in _words(text):
            symbols = list(word)
            for left, right in merges:
                symbols = _apply_merge(symbols, left, right)
            encoded.extend(symbols)
        tokens.append(encoded)
    return {"merges": merges, "tokens": tokens}
