"""The QIDs that scripts/fill_kb_ids.py derived (data/kb/qids.tsv), for the generators.

``qids("countries.tsv")`` is ``{ISO code: QID}``, ``qids("bd_admin.tsv")`` ``{canonical: QID}``,
``qids("cities.tsv")`` ``{GeoNames id: QID}``.  The file is committed, so the generators need
nothing outside the project (tests/test_generated_data.py regenerates without ../shared).
"""

from __future__ import annotations

import csv
from pathlib import Path

QIDS_FILE = Path(__file__).resolve().parent.parent / "data" / "kb" / "qids.tsv"

#: The credit lines a generated file that takes QIDs from this file carries in its header.
CREDIT = {
    "countries.tsv": ["kb_id: curated, or from Natural Earth 1:10m Admin-0 Countries 5.1.1 (public",
                      "domain) by ISO code, via data/kb/qids.tsv (scripts/fill_kb_ids.py)."],
    "bd_admin.tsv": ["kb_id of divisions and districts: from Who's On First (https://whosonfirst.org/,",
                     "CC0; its GeoNames fields CC BY 4.0, https://www.geonames.org/) by Bengali name,",
                     "via data/kb/qids.tsv (scripts/fill_kb_ids.py); upazilas and unions have none."],
    "cities.tsv": ["kb_id of Bangladeshi towns: from Who's On First (https://whosonfirst.org/, CC0;",
                   "its GeoNames fields CC BY 4.0) by GeoNames id, via data/kb/qids.tsv",
                   "(scripts/fill_kb_ids.py)."],
}


def qids(file: str) -> dict[str, str]:
    """``{key: QID}`` of one gazetteer file's rows in data/kb/qids.tsv."""
    with QIDS_FILE.open(encoding="utf-8", newline="") as fh:
        rows = csv.reader((line for line in fh if not line.startswith("#")), delimiter="\t",
                          quoting=csv.QUOTE_NONE)
        next(rows)  # the header
        return {key: qid for f, key, qid, *_rest in rows if f == file}
