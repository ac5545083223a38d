# Renders the template; the two errors of the statement become values (class name and what
# they carry) so the tests can check them exactly. Any other exception fails the case.
def run(render_template, args):
    template, variables = args
    try:
        return {"text": render_template(template, variables)}
    except ValueError as error:
        kind = type(error).__name__
        if kind == "TemplateSyntaxError":
            return {"error": kind, "position": error.position, "message": str(error)}
        if kind == "MissingVariablesError":
            return {"error": kind, "missing": list(error.missing), "message": str(error)}
        raise
