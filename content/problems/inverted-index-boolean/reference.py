import re

WORD = re.compile(r"[A-Za-z0-9]+")
SPACE = frozenset(" \t\n\r")
WORD_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")


def _lex(query: str) -> list[tuple[str, str]]:
    """Tokens as (kind, term): kind is "term", "AND", "OR", "(" or ")"."""
    tokens, i = [], 0
    while i < len(query):
        char = query[i]
        if char in SPACE:
            i += 1
        elif char in "()":
            tokens.append((char, ""))
            i += 1
        elif char in WORD_CHARS:
            end = i
            while end < len(query) and query[end] in WORD_CHARS:
                end += 1
            word = query[i:end]
            tokens.append((word, "") if word in ("AND", "OR") else ("term", word.lower()))
            i = end
        else:
            raise ValueError(f"malformed query {query!r}: unexpected character {char!r}")
    return tokens


def _evaluate(query: str, index: dict[str, set[int]]) -> set[int]:
    tokens = _lex(query)
    at = 0

    def peek():
        return tokens[at][0] if at < len(tokens) else None

    def parse_query():
        nonlocal at
        result = parse_and()
        while peek() == "OR":
            at += 1
            result = result | parse_and()
        return result

    def parse_and():
        nonlocal at
        result = parse_operand()
        while peek() == "AND":
            at += 1
            result = result & parse_operand()
        return result

    def parse_operand():
        nonlocal at
        kind = peek()
        at += 1
        if kind == "term":
            return index.get(tokens[at - 1][1], set())
        if kind != "(":
            raise ValueError(f"malformed query {query!r}: expected a term or '('")
        inner = parse_query()
        if peek() != ")":
            raise ValueError(f"malformed query {query!r}: missing ')'")
        at += 1
        return inner

    result = parse_query()
    if at < len(tokens):
        raise ValueError(f"malformed query {query!r}: unexpected {tokens[at][0]}")
    return result


def boolean_search(docs: list[dict], queries: list[str]) -> list[list[str]]:
    index: dict[str, set[int]] = {}
    seen = set()
    for position, doc in enumerate(docs):
        if doc["id"] in seen:
            raise ValueError(f"duplicate document id {doc['id']!r}")
        seen.add(doc["id"])
        # Match before lowercasing: lower() turns some non-ASCII letters into ASCII ones.
        for word in WORD.findall(doc["text"]):
            index.setdefault(word.lower(), set()).add(position)
    return [[docs[p]["id"] for p in sorted(_evaluate(query, index))] for query in queries]
