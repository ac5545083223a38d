import math
import re
from collections import Counter


def _tokenize(text: str) -> list[str]:
    return [t for t in re.split(r"[^a-z0-9]+", text.lower()) if t]


def tfidf_search(query: str, docs: list[str], k: int) -> list[int]:
    if k <= 0 or not docs:
        return []
    doc_counts = [Counter(_tokenize(doc)) for doc in docs]
    df = Counter(term for c in doc_counts for term in c)
    n = len(docs)

    def weigh(c):
        return {t: count * (math.log((1 + n) / (1 + df.get(t, 0))) + 1) for t, count in c.items()}

    def norm(v):
        return math.sqrt(sum(w * w for w in v.values()))

    q = weigh(Counter(_tokenize(query)))
    q_norm = norm(q)
    scored = []
    for index, c in enumerate(doc_counts):
        v = weigh(c)
        d_norm = norm(v)
        dot = sum(w * v.get(t, 0.0) for t, w in q.items())
        score = 0.0 if q_norm == 0 or d_norm == 0 else dot / (q_norm * d_norm)
        if score > 0:
            scored.append((-score, index))
    scored.sort()
    return [index for _, index in scored[:k]]
