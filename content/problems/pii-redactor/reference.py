import re

# Digit runs: a digit, then digits each preceded by at most one separator. A greedy regex
# scanned left to right yields exactly the maximal runs.
PHONE_RUN = re.compile(r"(\+)?([0-9](?:[ .\-]?[0-9])*)")
CARD_RUN = re.compile(r"[0-9](?:[ \-]?[0-9])*")
DOMAIN = re.compile(r"(?:[A-Za-z0-9\-]+\.)+[A-Za-z]{2,}")
LOCAL_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._%+-")
DOMAIN_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.-")
KIND_ORDER = {"email": 0, "card": 1, "phone": 2}
MASKS = {"email": "[EMAIL]", "card": "[CARD]", "phone": "[PHONE]"}


def _digits(run):
    return [int(c) for c in run if c.isascii() and c.isdigit()]


def _luhn(digits):
    total = 0
    for position, digit in enumerate(reversed(digits)):
        total += (digit * 2 - 9 if digit * 2 > 9 else digit * 2) if position % 2 else digit
    return total % 10 == 0


def _emails(text):
    at = text.find("@")
    while at >= 0:
        start = at
        while start > 0 and text[start - 1] in LOCAL_CHARS:
            start -= 1
        end = at + 1
        while end < len(text) and text[end] in DOMAIN_CHARS:
            end += 1
        domain = text[at + 1:end].rstrip(".")
        if start < at and DOMAIN.fullmatch(domain):
            yield start, at + 1 + len(domain), "email"
        at = text.find("@", at + 1)


def redact_pii(text: str) -> dict:
    candidates = list(_emails(text))
    for match in PHONE_RUN.finditer(text):
        if 10 <= len(_digits(match.group(2))) <= 15:
            candidates.append((match.start(), match.end(), "phone"))
    for match in CARD_RUN.finditer(text):
        digits = _digits(match.group())
        if 13 <= len(digits) <= 19 and _luhn(digits):
            candidates.append((match.start(), match.end(), "card"))
    candidates.sort(key=lambda c: (c[0], c[0] - c[1], KIND_ORDER[c[2]]))
    kept = []
    for start, end, kind in candidates:
        if not kept or start >= kept[-1][1]:
            kept.append((start, end, kind))
    pieces, position = [], 0
    for start, end, kind in kept:
        pieces += [text[position:start], MASKS[kind]]
        position = end
    pieces.append(text[position:])
    return {"spans": [{"start": s, "end": e, "kind": k} for s, e, k in kept], "redacted": "".join(pieces)}
