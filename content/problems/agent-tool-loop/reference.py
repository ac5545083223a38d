def _run_tool(tools, call):
    if call["name"] not in tools:
        return f"unknown tool: {call['name']}", True
    try:
        return tools[call["name"]](call["arguments"]), False
    except Exception as error:  # a tool's failure is fed back to the model, never a crash
        return f"tool error: {error}", True


def run_agent(model, tools, messages, max_steps):
    if max_steps < 1:
        raise ValueError("max_steps must be at least 1")
    transcript = list(messages)
    for step in range(1, max_steps + 1):
        reply = model(list(transcript))
        transcript.append({"role": "assistant", "content": reply["content"], "tool_calls": reply["tool_calls"]})
        if not reply["tool_calls"]:
            return {"status": "final", "answer": reply["content"], "messages": transcript, "steps": step}
        for call in reply["tool_calls"]:
            content, is_error = _run_tool(tools, call)
            transcript.append({"role": "tool", "tool_call_id": call["id"], "name": call["name"],
                               "content": content, "is_error": is_error})
    return {"status": "max_steps", "answer": None, "messages": transcript, "steps": max_steps}
