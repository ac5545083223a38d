def route_request(request, models, budget_micros, call_model):
    # request: {"prompt", "input_tokens", "max_output_tokens"}
    # models: [{"name", "input_micros_per_token", "output_micros_per_token"}, ...]
    # call_model(name, request) -> {"text", "output_tokens"}, or raises an error with
    # boolean attributes `retryable` and `billed`
    # TODO: try the models in order within the budget, fall back on retryable errors, stop on fatal ones.
    raise NotImplementedError
