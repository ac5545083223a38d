# Python returns (probs, log_probs); the hidden cases compare {probs, logProbs} objects.
def run(softmax, args):
    probs, log_probs = softmax(*args)
    return {"probs": probs, "logProbs": log_probs}
