def fit_conversation(messages: list[dict], budget: int) -> list[dict]:
    # TODO: keep the system message, then the newest messages that fit; start history on a user turn.
    raise NotImplementedError
