def tfidf_search(query: str, docs: list[str], k: int) -> list[int]:
    # TODO: tokenise, weight by count * idf, rank documents by cosine with the query.
    raise NotImplementedError
