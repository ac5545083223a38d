class SseParser:
    def feed(self, chunk: str) -> list[dict]:
        # TODO: buffer partial lines (and a trailing "\r"), handle fields, dispatch on empty lines.
        raise NotImplementedError
