"""bangla_news_nlp.io.progress: tqdm's bar when enabled, plain messages when not."""

import io

from bangla_news_nlp.io.progress import Progress


def test_disabled_progress_prints_messages_only():
    s = io.StringIO()
    p = Progress(False, "in.jsonl", 100, stream=s)
    p.update(1, 0, 50)
    p.message("bangla-news-nlp: in.jsonl:2: bad; skipped")
    p.close()
    assert s.getvalue() == "bangla-news-nlp: in.jsonl:2: bad; skipped\n"


def test_enabled_progress_shows_share_records_and_skipped():
    s = io.StringIO()
    p = Progress(True, "in.jsonl", 2048, stream=s)
    p.update(10, 0, 1024)
    p.message("bangla-news-nlp: in.jsonl:12: bad; skipped")
    p.update(29, 1, 2048)
    p.close()
    out = s.getvalue()
    assert "bangla-news-nlp: in.jsonl:12: bad; skipped\n" in out
    last = out.rstrip("\n").split("\r")[-1]
    assert last.startswith("in.jsonl: 100%")
    assert "29 records, 1 skipped" in last and "2.00k/2.00k" in last
