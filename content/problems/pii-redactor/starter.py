def redact_pii(text: str) -> dict:
    # TODO: collect e-mail, phone and card candidates, keep the non-overlapping ones in the
    # stated order, then build the masked text. Return {"spans": [...], "redacted": str},
    # each span a dict {"start": int, "end": int, "kind": "email" | "phone" | "card"}.
    raise NotImplementedError
