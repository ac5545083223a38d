# Runs the user's route_request against scripted models and records the calls it made (see driver.js).
class _ModelError(Exception):
    def __init__(self, message, retryable, billed):
        super().__init__(message)
        self.retryable = retryable
        self.billed = billed


def run(route_request, args):
    request, models, budget_micros, script = args
    calls = []

    def call_model(name, _request):
        calls.append(name)
        if name not in script:
            raise RuntimeError(f"no such model: {name}")
        kind, first, second, *rest = script[name].split(":")
        if kind == "reply":
            return {"text": ":".join([second, *rest]), "output_tokens": int(first)}
        raise _ModelError(":".join(rest), first == "retryable", second == "billed")

    result = route_request(request, models, budget_micros, call_model)
    return {"result": result, "calls": calls}
