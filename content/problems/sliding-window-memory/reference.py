MESSAGE_OVERHEAD = 4


def _cost(message):
    return MESSAGE_OVERHEAD + len(message["content"].split())


def fit_conversation(messages: list[dict], budget: int) -> list[dict]:
    if budget < 0:
        raise ValueError("budget must be >= 0")
    system = messages[0] if messages and messages[0]["role"] == "system" else None
    used = _cost(system) if system else 0
    if used > budget:
        raise ValueError("the system message alone exceeds the budget")
    history = messages[1:] if system else messages
    start = len(history)
    while start > 0 and used + _cost(history[start - 1]) <= budget:
        used += _cost(history[start - 1])
        start -= 1
    while start < len(history) and history[start]["role"] != "user":
        start += 1
    return ([system] if system else []) + history[start:]
