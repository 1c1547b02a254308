"""docs/quickstart.ipynb runs from top to bottom in a fresh kernel and shows what it says.

The kernel is this interpreter (a temporary kernel spec pointing at ``sys.executable``), so
the notebook runs against the bangla_news_nlp under test, whatever other kernels the machine
has.  Needs nbclient, nbformat and ipykernel (the ``test`` extra).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

NOTEBOOK = Path(__file__).resolve().parent.parent / "docs" / "quickstart.ipynb"
KERNEL = "bangla-news-nlp-test"


def test_committed_without_outputs():
    """The notebook is committed with outputs cleared (CI runs it; stale outputs would lie)."""
    nb = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    for cell in nb["cells"]:
        if cell["cell_type"] == "code":
            assert cell["outputs"] == [] and cell["execution_count"] is None, cell["id"]


@pytest.fixture(scope="module")
def executed(tmp_path_factory):
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    spec_root = tmp_path_factory.mktemp("jupyter")
    spec_dir = spec_root / "kernels" / KERNEL
    spec_dir.mkdir(parents=True)
    (spec_dir / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "bangla-news-nlp tests",
        "language": "python",
    }))
    mp = pytest.MonkeyPatch()
    mp.setenv("JUPYTER_PATH", str(spec_root))
    try:
        nb = nbformat.read(NOTEBOOK, as_version=4)
        client = nbclient.NotebookClient(
            nb, kernel_name=KERNEL, timeout=300, startup_timeout=120,
            resources={"metadata": {"path": str(tmp_path_factory.mktemp("run"))}},
        )
        client.execute()  # raises CellExecutionError, with the traceback, if a cell fails
    finally:
        mp.undo()
    return {cell.id: cell for cell in nb.cells}


def text_of(cell) -> str:
    """Everything a cell printed or returned, as text (HTML outputs included)."""
    out = []
    for o in cell.outputs:
        assert o.output_type != "error", o
        if o.output_type == "stream":
            assert o.name == "stdout", o.text
            out.append(o.text)
        else:
            out.extend(str(v) for v in o.get("data", {}).values())
    return "".join(out)


def test_every_code_cell_ran(executed):
    for cell in executed.values():
        if cell.cell_type == "code":
            assert cell.execution_count is not None, cell.id
            assert all(o.output_type != "error" for o in cell.outputs), cell.id


def test_outputs(executed):
    assert "Vladimir Putin | Q7747" in text_of(executed["entities"])
    assert "University of Dhaka" in text_of(executed["entities"])
    dates = text_of(executed["dates"])
    assert "2025-12-23" in dates and "2025-12-23 | date | relative" in dates  # গতকাল
    people = text_of(executed["people"])
    assert "Vladimir Putin: 1 mention(s) from offset 16; প্রেসিডেন্ট of Russia" in people
    assert "পররাষ্ট্রমন্ত্রী of Syria" in people
    assert "উপাচার্য of University of Dhaka; অধ্যাপক" in people
    assert "Syrian Arab News Agency" in text_of(executed["places"])
    html_view = executed["html"].outputs[0]["data"]
    assert '<mark class="bnn-mark bnn-PERSON"' in html_view["text/html"]
    # the repr stays for consoles: one short line, not the whole model
    assert html_view["text/plain"] == "Document(287 chars, 9 entities, 3 dates)"
    frame = executed["dataframe"].outputs[0]["data"]
    assert "<table" in frame["text/html"] and "Vladimir Putin" in frame["text/html"]
    many = text_of(executed["many"])
    assert "a1 [('Mirza Fakhrul Islam Alamgir', ['মহাসচিব of Bangladesh Nationalist Party'])]" \
        in many
    assert "প্রধানমন্ত্রী of Pakistan" in many and "a3 []" in many
    table = executed["many-frame"].outputs[0]["data"]["text/html"]
    assert "Narendra Modi" in table and "a2" in table and "a3" not in table
