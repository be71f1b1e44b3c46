"""JSON that remembers where each value starts, for the content checkers in this folder.

``json.load`` gives no positions; the checkers report every problem as ``file:line:col: message``, so they
read with this small recursive-descent parser instead. Lines and columns are 1-based and count characters
(not bytes). Standard library only. Used by check-lenses.py, check-quiz.py and check-tours.py, which import
it from their own folder (``python3 tools/check-quiz.py`` puts ``tools/`` on the import path).
"""

import re

_NUMBER = re.compile(r"-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?")
_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}


class Node:
    """A parsed JSON value and the 1-based line and column where it starts.

    ``value`` is a dict of str -> Node, a list of Node, or a str, int, float, bool or None.
    """

    __slots__ = ("value", "line", "col")

    def __init__(self, value, line, col):
        self.value, self.line, self.col = value, line, col

    def plain(self):
        """The value as plain Python (what json.loads would give)."""
        if isinstance(self.value, dict):
            return {k: n.plain() for k, n in self.value.items()}
        if isinstance(self.value, list):
            return [n.plain() for n in self.value]
        return self.value


class JsonError(Exception):
    """Text that is not JSON, at a 1-based line and column; ``str(e)`` is ``line:col: message``."""

    def __init__(self, line, col, message):
        super().__init__("%d:%d: %s" % (line, col, message))
        self.line, self.col, self.message = line, col, message


class Parser:
    """Parses one JSON document (RFC 8259). A member name that appears twice in one object is not an error
    here: each is listed in ``duplicates`` as (line, col, name) at the later name, and the later value wins,
    so that a checker can report it as it reports its own problems.
    """

    def __init__(self, text):
        self.s, self.i, self.duplicates = text, 0, []

    def parse(self):
        """The document's root Node; raises JsonError at the first place that is not JSON."""
        self._ws()
        node = self._value()
        self._ws()
        if self.i != len(self.s):
            self._fail("unexpected text after the JSON value")
        return node

    def _pos(self, i=None):
        i = self.i if i is None else i
        line = self.s.count("\n", 0, i) + 1
        return line, i - (self.s.rfind("\n", 0, i) + 1) + 1

    def _fail(self, message):
        raise JsonError(*self._pos(), message)

    def _ws(self):
        while self.i < len(self.s) and self.s[self.i] in " \t\r\n":
            self.i += 1

    def _value(self):
        self._ws()
        if self.i >= len(self.s):
            self._fail("unexpected end of file")
        line, col = self._pos()
        c = self.s[self.i]
        if c == "{":
            return Node(self._object(), line, col)
        if c == "[":
            return Node(self._array(), line, col)
        if c == '"':
            return Node(self._string(), line, col)
        for word, val in (("true", True), ("false", False), ("null", None)):
            if self.s.startswith(word, self.i):
                self.i += len(word)
                return Node(val, line, col)
        m = _NUMBER.match(self.s, self.i)
        if m and m.end() > self.i:
            self.i = m.end()
            text = m.group(0)
            return Node(float(text) if any(ch in text for ch in ".eE") else int(text), line, col)
        self._fail("unexpected character %r" % c)

    def _object(self):
        self.i += 1
        out = {}
        self._ws()
        if self.s.startswith("}", self.i):
            self.i += 1
            return out
        while True:
            self._ws()
            if not self.s.startswith('"', self.i):
                self._fail("expected a member name in double quotes")
            key_line, key_col = self._pos()
            key = self._string()
            self._ws()
            if not self.s.startswith(":", self.i):
                self._fail("expected ':' after a member name")
            self.i += 1
            val = self._value()
            if key in out:
                self.duplicates.append((key_line, key_col, key))
            out[key] = val
            self._ws()
            if self.s.startswith(",", self.i):
                self.i += 1
                continue
            if self.s.startswith("}", self.i):
                self.i += 1
                return out
            self._fail("expected ',' or '}'")

    def _array(self):
        self.i += 1
        out = []
        self._ws()
        if self.s.startswith("]", self.i):
            self.i += 1
            return out
        while True:
            out.append(self._value())
            self._ws()
            if self.s.startswith(",", self.i):
                self.i += 1
                continue
            if self.s.startswith("]", self.i):
                self.i += 1
                return out
            self._fail("expected ',' or ']'")

    def _string(self):
        start = self.i
        self.i += 1
        buf = []
        while True:
            if self.i >= len(self.s):
                self.i = start
                self._fail("unterminated string")
            c = self.s[self.i]
            if c == '"':
                self.i += 1
                return "".join(buf)
            if c == "\\":
                esc = self.s[self.i + 1:self.i + 2]
                if esc in _ESCAPES:
                    buf.append(_ESCAPES[esc])
                    self.i += 2
                elif esc == "u" and re.match(r"[0-9a-fA-F]{4}", self.s[self.i + 2:self.i + 6]):
                    buf.append(chr(int(self.s[self.i + 2:self.i + 6], 16)))
                    self.i += 6
                else:
                    self._fail("bad escape in string")
                continue
            if ord(c) < 0x20:
                self._fail("control character in string")
            buf.append(c)
            self.i += 1


def positions(node, path=()):
    """Where each value of a Node tree starts: {path: (line, col)}, a path being a tuple of member names and
    array indexes from the root, e.g. ("steps", 3, "caption", "hi"); the root is ()."""
    out = {path: (node.line, node.col)}
    if isinstance(node.value, dict):
        for key, child in node.value.items():
            out.update(positions(child, path + (key,)))
    elif isinstance(node.value, list):
        for index, child in enumerate(node.value):
            out.update(positions(child, path + (index,)))
    return out
