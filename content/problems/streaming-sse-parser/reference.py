import re

_LINE_END = re.compile(r"\r\n|\n|\r")


class SseParser:
    def __init__(self):
        self._pending = ""
        self._skip_leading_lf = False
        self._type = ""
        self._data = ""
        self._last_id = ""

    def feed(self, chunk: str) -> list[dict]:
        # An empty chunk says nothing about what follows a trailing "\r": keep waiting.
        if chunk == "":
            return []
        if self._skip_leading_lf and chunk.startswith("\n"):
            chunk = chunk[1:]
        self._skip_leading_lf = False
        events = []
        text = self._pending + chunk
        while True:
            match = _LINE_END.search(text)
            if not match:
                break
            if match.group() == "\r" and match.start() == len(text) - 1:
                self._skip_leading_lf = True
            self._process_line(text[:match.start()], events)
            text = text[match.end():]
        self._pending = text
        return events

    def _process_line(self, line, events):
        if line == "":
            if self._data:
                events.append({"event": self._type or "message", "data": self._data[:-1], "id": self._last_id})
            self._data = ""
            self._type = ""
            return
        if line.startswith(":"):
            return
        field, colon, value = line.partition(":")
        if not colon:
            value = ""
        if value.startswith(" "):
            value = value[1:]
        if field == "event":
            self._type = value
        elif field == "data":
            self._data += value + "\n"
        elif field == "id" and "\0" not in value:
            self._last_id = value
