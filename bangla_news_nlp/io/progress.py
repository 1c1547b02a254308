"""The progress display of a batch run, drawn by tqdm on standard error when it is a terminal.

The bar counts what was read of the input (bytes of a JSONL file, files of a folder), so it
has a percentage and a time left when the input's size is known; records done, skipped and
per second follow it.  Messages (a bad record) are printed above the bar.  When the display
is off (standard error is not a terminal, ``--quiet``) messages go straight to the stream.
"""

from __future__ import annotations

import os
import sys
import time
from typing import Optional

__all__ = ["Progress"]


def _tqdm_class():
    from tqdm import tqdm

    class _Bar(tqdm):
        # no monitor thread: worker processes may be forked while the bar is shown
        monitor_interval = 0

    return _Bar


def _width(stream) -> int:
    try:
        return os.get_terminal_size(stream.fileno()).columns
    except (OSError, ValueError, AttributeError):
        return 0


class Progress:
    """A progress bar over the input (``total`` units of ``unit``, when known)."""

    def __init__(self, enabled: bool, label: str, total: Optional[int] = None,
                 unit: str = "B", stream=None):
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = enabled
        self.start = time.monotonic()
        self.done = self.failed = self.pos = 0
        self.bar = None
        if enabled:
            scaled = unit == "B"
            # a fresh pseudo-terminal says it is 0 x 0, which tqdm takes for no room: then 80 x 24
            sized = _width(self.stream) >= 20
            self.bar = _tqdm_class()(
                total=total or None, desc=label, unit=unit, unit_scale=scaled,
                unit_divisor=1024 if scaled else 1000, file=self.stream, mininterval=0.2,
                dynamic_ncols=sized, ncols=None if sized else 80, nrows=None if sized else 24,
                leave=True, smoothing=0.1,
            )

    def _postfix(self) -> str:
        rate = self.done / max(time.monotonic() - self.start, 1e-9)
        parts = [f"{self.done:,} records"]
        if self.failed:
            parts.append(f"{self.failed:,} skipped")
        parts.append(f"{rate:,.0f} rec/s")
        return ", ".join(parts)

    def update(self, done: int, failed: int, pos: int) -> None:
        self.done, self.failed = done, failed
        if self.bar is not None and pos > self.pos:
            self.bar.set_postfix_str(self._postfix(), refresh=False)
            self.bar.update(pos - self.pos)
        self.pos = max(self.pos, pos)

    def message(self, text: str) -> None:
        """Print a line above the bar."""
        if self.bar is not None:
            self.bar.write(text, file=self.stream)
        else:
            self.stream.write(text + "\n")
            self.stream.flush()

    def close(self) -> None:
        if self.bar is not None:
            self.bar.set_postfix_str(self._postfix(), refresh=False)
            self.bar.close()
            self.bar = None
