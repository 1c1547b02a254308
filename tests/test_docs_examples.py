"""The documentation shows what the library does: every example with an output on the
pages in docs/ is recomputed here and compared.

* Example tables (docs/labels.md, docs/dates.md) are checked by scripts/docs_examples.py;
  when behaviour changes on purpose, run `python scripts/docs_examples.py` and review the diff.
* ``pycon`` code blocks (docs/index.md, docs/quickstart.md …) are run as doctests, the
  blocks of one page in one session.
* The doctest examples in the public API's docstrings are run too.
"""

from __future__ import annotations

import doctest
import importlib.util
from pathlib import Path

import pytest
import regex

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"

_spec = importlib.util.spec_from_file_location("docs_examples", ROOT / "scripts" / "docs_examples.py")
docs_examples = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(docs_examples)

# Pages whose example tables are checked, with the least number of example rows each must
# keep (so a page cannot pass by losing its tables).
TABLE_PAGES = {"labels.md": 40, "dates.md": 60}
# Pages whose ``pycon`` blocks are run.
PYCON_PAGES = ("index.md", "quickstart.md", "notebooks.md")

_PYCON = regex.compile(r"^```pycon[^\n]*\n(?P<body>.*?)^```\s*$", regex.M | regex.S)
_FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE


@pytest.mark.parametrize("page", sorted(TABLE_PAGES))
def test_example_tables_say_what_annotate_returns(page):
    path = DOCS / page
    _, rows = docs_examples.render(path.read_text(encoding="utf-8"), str(path))
    assert rows >= TABLE_PAGES[page], f"{page} has only {rows} checked examples"
    diff = docs_examples.differences(path)
    assert not diff, (
        f"{page} no longer says what annotate() returns. If the change is intended, run "
        "`python scripts/docs_examples.py` and review the diff:\n" + "\n".join(diff))


def test_a_wrong_example_row_is_reported():
    page = (
        "<!-- examples: entities -->\n"
        "| Text | Found |\n|---|---|\n"
        "| পুলিশ তাঁকে গ্রেপ্তার করে। | **পুলিশ** GPE |\n"
        "| ঘরে আলো নেই। | *nothing* |\n"
        "<!-- /examples -->\n"
        "<!-- examples: dates -->\n"
        "| Form | Text | Reference | value | granularity | calendar | relative |\n"
        "|---|---|---|---|---|---|---|\n"
        "| relative | **গতকাল** বৈঠক হয়। | 2025-12-24 | `2025-12-24` | date | gregorian | `True` |\n"
        "| new row | গত সোমবার রাতে হামলা হয়। | 2025-12-24 | | | | |\n"
        "<!-- /examples -->\n"
    )
    new, rows = docs_examples.render(page)
    assert rows == 4
    assert "| পুলিশ তাঁকে গ্রেপ্তার করে। | **পুলিশ** ORG |" in new
    assert "| ঘরে আলো নেই। | *nothing* |" in new  # a true row is left as it is
    assert ("| relative | **গতকাল** বৈঠক হয়। | 2025-12-24 | `2025-12-23` | date | gregorian "
            "| `True` |") in new
    assert ("| new row | **গত সোমবার রাতে** হামলা হয়। | 2025-12-24 | `2025-12-22` | date "
            "| gregorian | `True` |") in new


@pytest.mark.parametrize("page, message", [
    ("<!-- examples: people -->\n<!-- /examples -->\n", "unknown example kind"),
    ("<!-- examples: entities -->\n| Text | Entities |\n<!-- /examples -->\n", "header"),
    ("<!-- examples: entities -->\n| Text | Found |\n", "not closed"),
    ("<!-- examples: dates -->\n| Form | Text | Reference | value | granularity "
     "| calendar | relative |\n|---|---|---|---|---|---|---|\n"
     "| x | গতকাল | 24.12.2025 | | | | |\n<!-- /examples -->\n", "page:4"),
])
def test_a_malformed_example_block_names_the_line(page, message):
    with pytest.raises(docs_examples.ExampleError, match=message):
        docs_examples.render(page, "page")


def _pycon_blocks(page: str):
    text = (DOCS / page).read_text(encoding="utf-8")
    for m in _PYCON.finditer(text):
        yield text.count("\n", 0, m.start("body")), m.group("body")


@pytest.mark.parametrize("page", PYCON_PAGES)
def test_pycon_examples_run_as_shown(page):
    blocks = list(_pycon_blocks(page))
    assert blocks, f"{page} has no pycon example"
    parser = doctest.DocTestParser()
    runner = doctest.DocTestRunner(optionflags=_FLAGS)
    globs: dict = {}
    report: list = []
    for lineno, body in blocks:
        test = parser.get_doctest(body, globs, f"{page}:{lineno + 1}", str(DOCS / page), lineno)
        runner.run(test, out=report.append, clear_globs=False)
        globs = test.globs  # the next block goes on in the same session
    assert runner.failures == 0, "".join(report)


def test_docstring_examples_of_the_public_api_run_as_shown():
    import bangla_news_nlp.pipeline

    finder = doctest.DocTestFinder()
    runner = doctest.DocTestRunner(optionflags=_FLAGS)
    report: list = []
    tests = [t for t in finder.find(bangla_news_nlp.pipeline) if t.examples]
    assert len(tests) >= 2  # annotate and Pipeline carry examples
    for test in tests:
        runner.run(test, out=report.append)
    assert runner.failures == 0, "".join(report)
