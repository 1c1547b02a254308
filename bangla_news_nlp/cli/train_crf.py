"""``bangla-news-nlp train-crf GOLD -o MODEL``: train the optional CRF (the [bnlp] extra)."""

from __future__ import annotations

import argparse

from .common import OK

__all__ = ["run"]


def run(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    """A bad gold file, a CRF error or a missing extra raises: exit status 2 in main."""
    from ..integrations.crf import train

    summary = train(args.file, args.output, max_iterations=args.max_iterations,
                    c1=args.c1, c2=args.c2)
    print(summary)
    return OK
