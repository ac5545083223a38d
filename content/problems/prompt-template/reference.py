import re


class TemplateSyntaxError(ValueError):
    def __init__(self, position: int):
        super().__init__(f"template syntax error: bad placeholder at position {position}")
        self.position = position


class MissingVariablesError(ValueError):
    def __init__(self, missing: list):
        super().__init__(f"missing variables: {', '.join(missing)}")
        self.missing = list(missing)


# A whole placeholder, matched at an unescaped "{{"; anything else there is a syntax error.
PLACEHOLDER = re.compile(r"\{\{ *([A-Za-z_][A-Za-z0-9_]*) *\}\}")


def _tokens(template):
    """Yields ("text", str) and ("name", str) pieces, raising at the leftmost bad placeholder."""
    i, n = 0, len(template)
    while i < n:
        if template.startswith("\\", i) and i + 1 < n and template[i + 1] in "{}\\":
            yield "text", template[i + 1]
            i += 2
        elif template.startswith("{{", i):
            match = PLACEHOLDER.match(template, i)
            if not match:
                raise TemplateSyntaxError(i)
            yield "name", match.group(1)
            i = match.end()
        else:
            yield "text", template[i]
            i += 1


def render_template(template: str, vars: dict) -> str:
    pieces = list(_tokens(template))
    missing = list(dict.fromkeys(value for kind, value in pieces if kind == "name" and value not in vars))
    if missing:
        raise MissingVariablesError(missing)
    return "".join(vars[value] if kind == "name" else value for kind, value in pieces)
