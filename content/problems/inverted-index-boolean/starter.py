def boolean_search(docs: list[dict], queries: list[str]) -> list[list[str]]:
    # TODO: build term -> documents once; parse each query (AND over OR, parentheses) and evaluate it.
    raise NotImplementedError
