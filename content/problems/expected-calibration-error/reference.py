import math


def expected_calibration_error(confidences: list[float], correct: list[bool], bins: int) -> float:
    if len(confidences) != len(correct):
        raise ValueError("confidences and correct must have the same length")
    if not confidences:
        raise ValueError("there are no predictions")
    if bins < 1:
        raise ValueError("bins must be at least 1")
    groups = {}
    for confidence, right in zip(confidences, correct):
        if not 0 <= confidence <= 1:
            raise ValueError(f"confidence {confidence} is outside [0, 1]")
        # Bin i holds (i/M, (i+1)/M]; a confidence of 0 joins bin 0.
        groups.setdefault(max(0, math.ceil(confidence * bins) - 1), []).append((confidence, right))
    n = len(confidences)
    return math.fsum(
        len(group) / n * abs(sum(right for _, right in group) / len(group) - math.fsum(c for c, _ in group) / len(group))
        for group in groups.values()
    )
