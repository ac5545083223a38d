import json
import math

FENCE = "```"


def _extract(text):
    open_at = text.find(FENCE)
    if open_at >= 0:
        line_end = text.find("\n", open_at)
        body_start = len(text) if line_end < 0 else line_end + 1
        close = text.find(FENCE, body_start)
        return text[body_start:] if close < 0 else text[body_start:close]
    start = text.find("{")
    if start < 0:
        return None
    depth = 0
    in_string = False
    i = start
    while i < len(text):
        char = text[i]
        if in_string:
            if char == "\\":
                i += 1
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                return text[start:i + 1]
        i += 1
    return None


def _reject_constant(name):
    # Strict JSON: Python accepts NaN and Infinity by default, JavaScript does not.
    raise ValueError(f"{name} is not JSON")


def _is_finite(value):
    try:
        return math.isfinite(value)
    except OverflowError:  # an integer literal too large for a double
        return False


def _has_type(value, kind):
    if kind == "string":
        return isinstance(value, str)
    if kind == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool) and _is_finite(value)
    if kind == "boolean":
        return isinstance(value, bool)
    if kind == "string[]":
        return isinstance(value, list) and all(isinstance(item, str) for item in value)
    raise ValueError(f"unknown field type {kind}")


def parse_llm_json(text: str, schema: dict[str, str]) -> dict:
    raw = _extract(text)
    if raw is None:
        return {"ok": False, "error": "no_json"}
    try:
        data = json.loads(raw, parse_constant=_reject_constant)
    except ValueError:
        return {"ok": False, "error": "invalid_json"}
    if not isinstance(data, dict):
        return {"ok": False, "error": "not_object"}
    value = {}
    for field, spec in schema.items():
        optional = spec.endswith("?")
        if field not in data:
            if optional:
                continue
            return {"ok": False, "error": f"missing:{field}"}
        if not _has_type(data[field], spec[:-1] if optional else spec):
            return {"ok": False, "error": f"type:{field}"}
        value[field] = data[field]
    return {"ok": True, "value": value}
