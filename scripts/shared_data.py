"""The gold data in ``../shared/data`` and how the project splits it (for scripts and
benchmarks; nothing here is needed at run time, and no file of it is copied into the project).

* ``rifat_train``: mining lexicons, training, and tuning by cross-validation;
* ``rifat_dev``: measuring only (never mined, trained or tuned on);
* ``multiconer2_train``: split here once and for all by the number in each record's id
  (``mc2-train-N``): ``N % 5 == 0`` is the **held-out** fifth (measuring only), the rest is
  the **train** part (mining and training).  MultiCoNER II is CC BY 4.0: anything derived
  from it that ships says so.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Dict, Iterator, List

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DATA = SHARED / "data"

HELDOUT_MODULUS = 5


def read_jsonl(name: str) -> Iterator[Dict]:
    """The records of ``../shared/data/<name>.jsonl``."""
    with (DATA / f"{name}.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def is_heldout(record_id: str) -> bool:
    """Whether a MultiCoNER record belongs to the project's held-out fifth."""
    return int(record_id.rsplit("-", 1)[1]) % HELDOUT_MODULUS == 0


def multiconer(part: str) -> List[Dict]:
    """``part`` = ``"train"`` or ``"heldout"`` of multiconer2_train.jsonl."""
    if part not in ("train", "heldout"):
        raise ValueError(f"part must be 'train' or 'heldout', not {part!r}")
    want = part == "heldout"
    return [r for r in read_jsonl("multiconer2_train") if is_heldout(r["id"]) == want]
