"""docs/rules.md is generated from the registries (scripts/gen_rules_doc.py): it must name
every rule the library registers, in run order, and every trigger."""

from __future__ import annotations

import re

from conftest import ROOT

from bangla_news_nlp import Pipeline
from bangla_news_nlp.ner.registry import TRIGGERS


def test_the_rules_page_lists_every_rule_in_run_order_and_every_trigger():
    page = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    table = re.findall(r"^\| \d+ \| `([\w-]+)` \|", page, flags=re.M)
    assert table == Pipeline(model=False).rule_names, (
        "docs/rules.md is out of date: python scripts/gen_rules_doc.py")
    for name in TRIGGERS:
        assert f"| `{name}` |" in page, name
