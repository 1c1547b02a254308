"""Reading and writing files: the parts the command line and the evaluation share.

* :mod:`.readers`: texts to annotate (one UTF-8 text file, a JSONL file of records, a folder
  of ``.txt`` files), read one record at a time, each bad record reported with its file and
  line;
* :mod:`.writer`: the atomic line writer (``OUT.part`` renamed to ``OUT``) and the stop
  signals it holds off while a line is written;
* :mod:`.parquet`: the same guarantees for a Parquet file of mentions (optional pyarrow);
* :mod:`.progress`: the progress display on a terminal;
* :mod:`.bio`: entity spans to and from BIO, BIOES and BILOU tags;
* :mod:`.gold`: gold data (JSONL or CoNLL) for ``evaluate`` and ``train-crf``.

Nothing here is imported by ``import bangla_news_nlp``.
"""
