"""Write the notebook HTML view of a text as standalone pages on a light background, on a dark
one, and both stacked, for a look in a browser or a headless screenshot (docs/notebooks.md).

    python scripts/render_html_view.py [text.txt] --out /tmp/view
    chromium --headless --screenshot=/tmp/view.png --window-size=900,480 /tmp/view-both.html

Without a file, a short example news text is used.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from bangla_news_nlp import annotate

EXAMPLE = (
    "মস্কো, ২৪ ডিসেম্বর ২০২৫\n"
    "রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিনের সঙ্গে মস্কোতে বৈঠক করেছেন সিরিয়ার পররাষ্ট্রমন্ত্রী "
    "আসাদ হাসান আল-শাইবানি। মঙ্গলবার (২৩ ডিসেম্বর) সিরিয়ান আরব নিউজ এজেন্সি (সানা) "
    "এ খবর জানায়।\n"
    "ঢাকা বিশ্ববিদ্যালয়ের উপাচার্য অধ্যাপক নিয়াজ আহমেদ খান গতকাল বলেন, জানুয়ারির "
    "প্রথম সপ্তাহে ক্লাস শুরু হবে। বিএনপির মহাসচিব মির্জা ফখরুল ইসলাম আলমগীর ও মার্কিন "
    "রাষ্ট্রদূতও অনুষ্ঠানে ছিলেন।"
)

# Jupyter-like page colours: JupyterLab's light and dark themes.
THEMES = {
    "light": ("#ffffff", "rgba(0,0,0,0.87)"),
    "dark": ("#111111", "rgba(255,255,255,0.87)"),
}

PAGE = """<!doctype html>
<html lang="bn"><head><meta charset="utf-8"><title>bangla-news-nlp view</title></head>
<body style="margin:0;font:15px/1.5 'Noto Sans Bengali','Noto Sans',system-ui,sans-serif">
{panels}
</body></html>
"""
PANEL = '<div style="padding:14px 20px;background:{bg};color:{fg}">{view}</div>'



def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("text", nargs="?", help="a UTF-8 text file (default: a short example)")
    ap.add_argument("--out", default="view", help="path prefix of the pages (default: view)")
    ap.add_argument("--reference-date", type=dt.date.fromisoformat, default=dt.date(2025, 12, 24))
    args = ap.parse_args()
    text = Path(args.text).read_text(encoding="utf-8") if args.text else EXAMPLE
    view = annotate(text, args.reference_date)._repr_html_()
    panels = {theme: PANEL.format(bg=bg, fg=fg, view=view) for theme, (bg, fg) in THEMES.items()}
    panels["both"] = panels["light"] + panels["dark"]
    for name, panel in panels.items():
        path = Path(f"{args.out}-{name}.html")
        path.write_text(PAGE.format(panels=panel), encoding="utf-8")
        print(path)


if __name__ == "__main__":
    main()
