import math
import re
from collections import Counter


def _tokenize(text: str) -> list[str]:
    return [token for token in re.split(r"[^a-z0-9]+", text.lower()) if token]


def bm25_scores(query: str, docs: list[str], k1: float = 1.5, b: float = 0.75) -> list[float]:
    n = len(docs)
    if n == 0:
        return []
    counts = [Counter(_tokenize(doc)) for doc in docs]
    lengths = [sum(c.values()) for c in counts]
    avgdl = sum(lengths) / n
    if avgdl == 0:
        return [0.0] * n
    df = Counter(term for c in counts for term in c)
    query_tokens = _tokenize(query)
    scores = []
    for c, length in zip(counts, lengths):
        score = 0.0
        for term in query_tokens:
            f = c.get(term, 0)
            if f == 0:
                continue
            idf = math.log(1 + (n - df[term] + 0.5) / (df[term] + 0.5))
            score += idf * f * (k1 + 1) / (f + k1 * (1 - b + b * length / avgdl))
        scores.append(score)
    return scores
