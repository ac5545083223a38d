def retry_with_backoff(operation, max_attempts, base_delay_ms, max_delay_ms, sleep, random):
    if max_attempts < 1:
        raise ValueError("max_attempts must be at least 1")
    attempt = 1
    while True:
        try:
            return operation(attempt)
        except Exception as error:
            if getattr(error, "retryable", True) is False or attempt >= max_attempts:
                raise
            retry_after = getattr(error, "retry_after_ms", None)
            if isinstance(retry_after, (int, float)) and not isinstance(retry_after, bool):
                delay = retry_after
            else:
                delay = random() * min(max_delay_ms, base_delay_ms * 2 ** (attempt - 1))
            sleep(delay)
            attempt += 1
