def merge_citation_spans(spans: list[dict]) -> list[dict]:
    # TODO: validate, group connected spans (touching ones too), union their sources in input order.
    raise NotImplementedError
