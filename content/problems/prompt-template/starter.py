# Given: raise these as they are. The tests read `position`, `missing` and the message.
class TemplateSyntaxError(ValueError):
    def __init__(self, position: int):
        super().__init__(f"template syntax error: bad placeholder at position {position}")
        self.position = position


class MissingVariablesError(ValueError):
    def __init__(self, missing: list):
        super().__init__(f"missing variables: {', '.join(missing)}")
        self.missing = list(missing)


def render_template(template: str, vars: dict) -> str:
    # TODO: scan once for escapes and {{ name }} placeholders (syntax errors first), then
    # report every missing variable, then insert the values verbatim.
    raise NotImplementedError
