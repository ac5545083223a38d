# Python returns snake_case keys; the hidden cases compare the camelCase ones.
def run(target, args):
    result = target(*args)
    return {
        "precisionAtK": result["precision_at_k"],
        "recallAtK": result["recall_at_k"],
        "reciprocalRank": result["reciprocal_rank"],
        "ndcgAtK": result["ndcg_at_k"],
    }
