"""Output must not change by accident: today's output on the seed and the gold data's texts
equals what ``scripts/golden.py --update`` recorded in ``tests/golden/``.  A change that is
meant is recorded in the same commit (``scripts/golden.py --diff`` shows it)."""

from __future__ import annotations

import importlib.util

import pytest

from conftest import ROOT


def _golden():
    spec = importlib.util.spec_from_file_location("golden", ROOT / "scripts" / "golden.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.parametrize("name", ["seed", "rifat_dev", "rifat_train", "seed.model",
                                  "rifat_dev.model", "rifat_train.model"])
def test_output_equals_the_recorded_snapshot(shared, name):
    golden = _golden()
    if not (shared / golden.SETS[name]).is_file():
        pytest.skip(f"{golden.SETS[name]} is not in ../shared")
    old = golden.recorded(name)
    new = golden.current(name, shared)
    diff = golden.differences(old, new)
    assert not diff, (
        f"{len(diff)} spans differ from tests/golden/{name}.jsonl "
        f"({dict(golden.kinds(old, new))}); first ones:\n" + "\n".join(diff[:20])
        + "\nIf the change is meant, record it: python scripts/golden.py --update"
    )
