def softmax(logits: list[float], temperature: float = 1.0) -> tuple[list[float], list[float]]:
    # TODO: validate the temperature (ValueError), scale the logits, subtract the largest
    # before exp, and compute the log-probabilities without taking log of a probability.
    # Return (probs, log_probs).
    raise NotImplementedError
