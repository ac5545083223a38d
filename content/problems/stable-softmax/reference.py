import math


def softmax(logits: list[float], temperature: float = 1.0) -> tuple[list[float], list[float]]:
    if not (temperature > 0 and math.isfinite(temperature)):
        raise ValueError(f"temperature must be a finite number greater than 0 (got {temperature})")
    if not logits:
        return [], []
    scaled = [logit / temperature for logit in logits]
    largest = max(scaled)
    total = sum(math.exp(z - largest) for z in scaled)
    # log(total) >= 0 because the largest term is exp(0) = 1, so nothing here underflows.
    log_total = math.log(total)
    return [math.exp(z - largest) / total for z in scaled], [z - largest - log_total for z in scaled]
