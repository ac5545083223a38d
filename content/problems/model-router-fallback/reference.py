def route_request(request, models, budget_micros, call_model):
    attempts, spent, last_error = [], 0, None
    for model in models:
        input_cost = request["input_tokens"] * model["input_micros_per_token"]
        worst_case = input_cost + request["max_output_tokens"] * model["output_micros_per_token"]
        if spent + worst_case > budget_micros:
            attempts.append({"model": model["name"], "outcome": "skipped", "cost_micros": 0})
            continue
        try:
            reply = call_model(model["name"], request)
        except Exception as error:
            cost = input_cost if getattr(error, "billed", False) is True else 0
            spent += cost
            last_error = str(error)
            if getattr(error, "retryable", False) is True:
                attempts.append({"model": model["name"], "outcome": "retryable", "cost_micros": cost})
                continue
            attempts.append({"model": model["name"], "outcome": "fatal", "cost_micros": cost})
            return {"ok": False, "reason": "fatal", "error": last_error, "spent_micros": spent, "attempts": attempts}
        cost = input_cost + reply["output_tokens"] * model["output_micros_per_token"]
        spent += cost
        attempts.append({"model": model["name"], "outcome": "ok", "cost_micros": cost})
        return {"ok": True, "model": model["name"], "text": reply["text"], "spent_micros": spent, "attempts": attempts}
    return {"ok": False, "reason": "exhausted", "error": last_error, "spent_micros": spent, "attempts": attempts}
