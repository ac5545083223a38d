import json

# The parser is one generator, written as a recursive-descent parser: each `yield` waits for
# the next character (None once the stream has ended). Sub-parsers return (value, pending):
# pending is the character a number had to read past to know it was finished, or NEED when
# nothing was read ahead, so a field is reported the moment its last character arrives.
NEED = object()
WHITESPACE = frozenset(" \t\n\r")
ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
HEX = frozenset("0123456789abcdefABCDEF")
DIGITS = frozenset("0123456789")
WORDS = {"t": ("true", True), "f": ("false", False), "n": ("null", None)}


def _number_step(state, c):
    """Next state of JSON's number grammar, or None when c cannot extend the number."""
    if c is None:
        return None
    if state == "start":
        return "sign" if c == "-" else "zero" if c == "0" else "int" if c in DIGITS else None
    if state == "sign":
        return "zero" if c == "0" else "int" if c in DIGITS else None
    if state in ("zero", "int", "frac"):
        if c in DIGITS and state != "zero":
            return state
        if c == "." and state != "frac":
            return "dot"
        return "exp" if c in "eE" else None
    if state == "dot":
        return "frac" if c in DIGITS else None
    if state == "exp":
        return "exp-sign" if c in "+-" else "exp-digits" if c in DIGITS else None
    return "exp-digits" if c in DIGITS else None  # after the exponent's sign or digits


ACCEPTING = frozenset(["zero", "int", "frac", "exp-digits"])


class PartialJsonStream:
    def __init__(self):
        self._completed = []
        self._broken = False
        self._parser = self._document()
        next(self._parser)

    def push(self, chunk):
        if self._broken:
            raise ValueError("the stream already failed")
        self._completed = []
        try:
            for c in chunk:
                self._parser.send(c)
        except ValueError:
            self._broken = True
            raise
        return self._completed

    def end(self):
        if self._broken:
            raise ValueError("the stream already failed")
        try:
            self._parser.send(None)
        except StopIteration:
            return
        except ValueError:
            self._broken = True
            raise

    def _skip(self, c):
        while c in WHITESPACE:
            c = yield
        return c

    def _document(self):
        c = yield from self._skip((yield))
        if c != "{":
            raise ValueError("the document must be an object")
        yield from self._object(top=True)
        c = yield from self._skip((yield))
        if c is not None:
            raise ValueError("text after the end of the object")

    def _value(self, c):
        if c == "{":
            return (yield from self._object(top=False))
        if c == "[":
            return (yield from self._array())
        if c == '"':
            return (yield from self._string())
        if c in WORDS:
            return (yield from self._word(*WORDS[c]))
        if _number_step("start", c):
            return (yield from self._number(c))
        raise ValueError(f"unexpected {c!r} where a value belongs")

    def _object(self, top):
        result = {}
        c = yield from self._skip((yield))
        if c == "}":
            return result, NEED
        while True:
            if c != '"':
                raise ValueError(f"unexpected {c!r} where a key belongs")
            key, _ = yield from self._string()
            c = yield from self._skip((yield))
            if c != ":":
                raise ValueError(f"expected ':' but got {c!r}")
            c = yield from self._skip((yield))
            value, pending = yield from self._value(c)
            result[key] = value
            if top:
                self._completed.append((key, value))
            c = yield from self._skip((yield) if pending is NEED else pending)
            if c == "}":
                return result, NEED
            if c != ",":
                raise ValueError(f"unexpected {c!r} after a value")
            c = yield from self._skip((yield))

    def _array(self):
        result = []
        c = yield from self._skip((yield))
        if c == "]":
            return result, NEED
        while True:
            value, pending = yield from self._value(c)
            result.append(value)
            c = yield from self._skip((yield) if pending is NEED else pending)
            if c == "]":
                return result, NEED
            if c != ",":
                raise ValueError(f"unexpected {c!r} in an array")
            c = yield from self._skip((yield))

    def _string(self):
        parts = []
        while True:
            c = yield
            if c is None:
                raise ValueError("the stream ended inside a string")
            if c == '"':
                return "".join(parts), NEED
            if c == "\\":
                c = yield
                if c == "u":
                    digits = []
                    for _ in range(4):
                        d = yield
                        if d is None or d not in HEX:
                            raise ValueError(f"bad \\u escape digit {d!r}")
                        digits.append(d)
                    parts.append(chr(int("".join(digits), 16)))
                elif c is not None and c in ESCAPES:
                    parts.append(ESCAPES[c])
                else:
                    raise ValueError(f"bad escape {c!r}")
            elif c < " ":
                raise ValueError("a control character inside a string")
            else:
                parts.append(c)

    def _word(self, text, value):
        for expected in text[1:]:
            if (yield) != expected:
                raise ValueError(f"expected {text!r}")
        return value, NEED

    def _number(self, first):
        text, state = [first], _number_step("start", first)
        while True:
            c = yield
            following = _number_step(state, c)
            if following is None:
                if state not in ACCEPTING:
                    raise ValueError(f"unfinished number {''.join(text)!r}")
                return json.loads("".join(text)), c
            text.append(c)
            state = following
