def retry_with_backoff(operation, max_attempts, base_delay_ms, max_delay_ms, sleep, random):
    # TODO: retry retryable failures with capped exponential backoff and full jitter.
    raise NotImplementedError
