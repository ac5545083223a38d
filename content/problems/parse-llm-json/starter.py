def parse_llm_json(text: str, schema: dict[str, str]) -> dict:
    # TODO: extract (first fence, else first balanced object), parse, validate in schema order.
    raise NotImplementedError
