from fractions import Fraction

_WEIGHTS = {
    "none": lambda i, j, k: 0 if i == j else 1,
    "linear": lambda i, j, k: Fraction(abs(i - j), k - 1),
    "quadratic": lambda i, j, k: Fraction(i - j, k - 1) ** 2,
}


def cohens_kappa(judge: list[str], human: list[str], labels: list[str], weights: str) -> float | None:
    if len(judge) != len(human):
        raise ValueError("judge and human must label the same items")
    if not judge:
        raise ValueError("there are no items")
    if len(set(labels)) != len(labels):
        raise ValueError("a label is listed twice")
    if weights not in _WEIGHTS:
        raise ValueError(f"unknown weights {weights!r}")
    index = {label: i for i, label in enumerate(labels)}
    unknown = [label for label in judge + human if label not in index]
    if unknown:
        raise ValueError(f"label {unknown[0]!r} is not in labels")
    k, n = len(labels), len(judge)
    if k == 1:
        return None
    observed, judge_counts, human_counts = {}, [0] * k, [0] * k
    for a, b in zip(judge, human):
        i, j = index[a], index[b]
        observed[i, j] = observed.get((i, j), 0) + 1
        judge_counts[i] += 1
        human_counts[j] += 1
    weight = _WEIGHTS[weights]
    # Exact fractions: the undefined case is decided exactly and kappa rounds once.
    disagreement = sum(weight(i, j, k) * count for (i, j), count in observed.items()) * n
    chance = sum(weight(i, j, k) * judge_counts[i] * human_counts[j] for i in range(k) for j in range(k))
    return None if chance == 0 else float(1 - Fraction(disagreement) / chance)
