"""The helper process that renders handouts: length-prefixed pickles in on stdin, out on stdout.

Started by `render_process` as `python -m exercise_builder.ui.render_child`; imports no Qt.
A request is a `handout.HandoutData`; the answer is ("ok", pdf bytes) or
("error", one sentence).
"""

from __future__ import annotations

import pickle
import struct
import sys

HEADER = struct.Struct("!Q")


def read_message(stream):
    header = stream.read(HEADER.size)
    if len(header) < HEADER.size:
        return None
    (size,) = HEADER.unpack(header)
    return pickle.loads(stream.read(size))


def write_message(stream, value) -> None:
    data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(HEADER.pack(len(data)) + data)
    stream.flush()


def render(request) -> bytes:
    """The PDF of a HandoutData (here, in the helper, or in a worker thread as a fallback)."""
    from ..services.handout_jobs import render_data

    return render_data(request)


def main() -> int:
    source, sink = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr  # nothing else may write into the answer stream
    import exercise_builder.handout  # noqa: F401  (warm: reportlab and fonts before the first request)

    while True:
        request = read_message(source)
        if request is None:
            return 0
        try:
            write_message(sink, ("ok", render(request)))
        except Exception as error:  # one sentence back; the trace to stderr
            import traceback

            traceback.print_exc()
            write_message(sink, ("error", str(error) or type(error).__name__))


if __name__ == "__main__":
    sys.exit(main())
