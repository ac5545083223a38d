import re

_TOKEN = re.compile(r"[A-Za-z0-9]+")


def _tokenize(text: str) -> list[str]:
    # An explicit ASCII class: str.isalnum and \w would accept non-ASCII letters.
    return [token.lower() for token in _TOKEN.findall(text)]


def _lcs_length(a: list[str], b: list[str]) -> int:
    previous = [0] * (len(b) + 1)
    for token in a:
        current = [0] * (len(b) + 1)
        for j, other in enumerate(b, start=1):
            current[j] = previous[j - 1] + 1 if token == other else max(previous[j], current[j - 1])
        previous = current
    return previous[-1]


def rouge_l(candidate: str, reference: str, beta: float) -> dict:
    if not beta > 0:
        raise ValueError("beta must be positive")
    cand, ref = _tokenize(candidate), _tokenize(reference)
    common = _lcs_length(cand, ref)
    if common == 0:
        return {"precision": 0.0, "recall": 0.0, "f": 0.0}
    precision, recall = common / len(cand), common / len(ref)
    beta2 = beta * beta
    return {"precision": precision, "recall": recall, "f": (1 + beta2) * precision * recall / (recall + beta2 * precision)}
