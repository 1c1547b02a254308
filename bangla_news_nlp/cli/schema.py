"""``bangla-news-nlp schema``: the JSON schema of the Document that ``annotate`` writes."""

from __future__ import annotations

import argparse
import json

from .common import OK

__all__ = ["run"]


def run(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    from ..document import Document

    print(json.dumps(Document.model_json_schema(mode="serialization"), ensure_ascii=False,
                     indent=2))
    return OK
