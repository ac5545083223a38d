class PartialJsonStream:
    def push(self, chunk: str) -> list:
        # TODO: keep the parser's state between chunks (where you are in the grammar, the
        # unfinished token) and report each top-level field, as a (key, value) pair, when
        # its value completes. Raise ValueError on invalid input.
        raise NotImplementedError

    def end(self) -> None:
        # TODO: raise ValueError unless a complete object was received.
        raise NotImplementedError
