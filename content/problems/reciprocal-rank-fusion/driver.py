# Python returns (id, score) tuples; the hidden cases compare {id, score} objects.
def run(target, args):
    return [{"id": item_id, "score": score} for item_id, score in target(*args)]
