def run_agent(model, tools, messages, max_steps):
    # model(messages) -> {"content": str, "tool_calls": [{"id", "name", "arguments"}, ...]}
    # tools: dict name -> function(arguments) returning a str (or raising)
    # TODO: call the model, run the tools it asks for, feed the results back, stop on a final answer or the step limit.
    raise NotImplementedError
