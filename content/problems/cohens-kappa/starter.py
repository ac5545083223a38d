def cohens_kappa(judge: list[str], human: list[str], labels: list[str], weights: str) -> float | None:
    # TODO: observed vs chance disagreement, weighted by distance between grades; None when undefined.
    raise NotImplementedError
