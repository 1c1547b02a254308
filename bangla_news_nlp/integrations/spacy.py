"""spaCy integration: the ``bangla_news_ner`` pipeline component.

Needs ``pip install 'bangla-news-nlp[spacy]'``.  ``import bangla_news_nlp`` never imports this
module; spaCy finds the factory through the ``spacy_factories`` entry point, so

>>> import spacy
>>> nlp = spacy.blank("bn")
>>> nlp.add_pipe("bangla_news_ner")  # doctest: +SKIP

works with nothing else imported.  What the component sets, its settings and the rule that
fits our character spans onto spaCy's tokens are described in ``docs/spacy.md``; the fitting
itself is in ``integrations/spacy_doc.py``.
"""

# No ``from __future__ import annotations`` here: spaCy validates the factory's settings
# against its signature's annotations, which must be real types.

import json
import os
import shutil
import threading
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any, Dict, Iterable, List, Optional, Sequence, Union

from spacy.language import Language
from spacy.tokens import Doc

from ..ner.model import AUTO
from ..pipeline import Pipeline, default_pipeline
from .spacy_doc import (
    ALIGNMENT_MODES,
    DOC_EXTENSIONS,
    FACTORY,
    LABELS,
    SPAN_EXTENSIONS,
    _check_choice,
    _check_labels,
    _parse_reference_date,
    set_annotations,
)

__all__ = ["BanglaNewsNER", "make_bangla_news_ner"]


# the pipeline component ----------------------------------------------------------------
_MANIFEST = "gazetteers.json"


class BanglaNewsNER:
    """The ``bangla_news_ner`` component: annotates ``doc.text`` with
    :class:`bangla_news_nlp.Pipeline` and sets ``doc.ents`` and the extensions.

    The annotator (with its gazetteers) is built when the first text is processed, so a
    pipeline loads quickly and a missing gazetteer file is reported (as a ``GazetteerError``
    naming it) when it is first needed.
    """

    def __init__(
        self,
        nlp: Optional[Language] = None,
        name: str = FACTORY,
        *,
        gazetteers: Sequence[str] = (),
        default_gazetteers: bool = True,
        reference_date: Optional[str] = None,
        model: Union[bool, str] = False,
        overwrite_ents: bool = False,
        alignment_mode: str = "expand",
        datetime_label: str = "DATE",
        labels: Optional[Sequence[str]] = None,
    ) -> None:
        if isinstance(gazetteers, (str, bytes, os.PathLike)):
            raise TypeError("gazetteers must be a list of paths, not a single path")
        self.name = name
        self.gazetteers: List[Path] = [Path(os.fsdecode(p)) for p in gazetteers]
        self.default_gazetteers = bool(default_gazetteers)
        if not (isinstance(model, bool) or model == AUTO):
            raise TypeError(f'model must be true, false or "{AUTO}", not {model!r}')
        self.model = model  # the shipped decider (Pipeline(model=...)); false: rules only
        self.reference_date = _parse_reference_date(reference_date)
        self.overwrite_ents = bool(overwrite_ents)
        self.alignment_mode = _check_choice("alignment_mode", alignment_mode, ALIGNMENT_MODES)
        self.datetime_label = _check_choice("datetime_label", datetime_label, ("DATE", "TIME"))
        self.labels = _check_labels(labels)
        self._pipeline: Optional[Pipeline] = None
        self._lock = threading.Lock()

    # annotation ------------------------------------------------------------------------
    @property
    def annotator(self) -> Pipeline:
        """The :class:`~bangla_news_nlp.Pipeline` used (built on first access).  Without
        extra gazetteers it is the process's default pipeline, shared with ``annotate``."""
        if self._pipeline is None:
            with self._lock:
                if self._pipeline is None:
                    if self.gazetteers or not self.default_gazetteers or self.model:
                        self._pipeline = Pipeline(
                            self.gazetteers, default_gazetteers=self.default_gazetteers,
                            reference_date=self.reference_date, model=self.model)
                    else:
                        self._pipeline = default_pipeline()
        return self._pipeline

    def __call__(self, doc: Doc) -> Doc:
        document = self.annotator.annotate(doc.text, self.reference_date)
        return set_annotations(
            doc, document, alignment_mode=self.alignment_mode,
            overwrite_ents=self.overwrite_ents, datetime_label=self.datetime_label,
            labels=self.labels)

    # pickling (nlp.pipe with n_process > 1 under the spawn/forkserver start methods) ----
    def __getstate__(self) -> Dict[str, Any]:
        state = dict(self.__dict__)
        state["_pipeline"] = None  # rebuilt in the other process
        del state["_lock"]
        return state

    def __setstate__(self, state: Dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._lock = threading.Lock()

    # serialisation: the extra gazetteer files travel with the pipeline --------------------
    def to_disk(self, path: Union[str, Path], *, exclude: Iterable[str] = ()) -> None:
        """Copy the extra gazetteer files into ``path`` (the settings themselves are in the
        pipeline's config.cfg), so a saved pipeline works where the originals are absent."""
        path = Path(path)
        contents = [(p.name, p.read_bytes()) for p in self.gazetteers]  # before any removal
        folder = path / "gazetteers"
        # the copies of an earlier save go; a symbolic link is removed, never followed (so a
        # link planted in the folder cannot make a save delete files elsewhere)
        if folder.is_symlink() or folder.is_file():
            folder.unlink()
        elif folder.is_dir():
            shutil.rmtree(folder)
        files = []
        for i, (fname, data) in enumerate(contents):
            # one folder per file keeps the file name (an entity's source is
            # "gazetteer:<file name>") and the order (earlier files win conflicts)
            dest = folder / f"{i:02d}" / fname
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.write_bytes(data)
            files.append(dest.relative_to(path).as_posix())
        path.mkdir(parents=True, exist_ok=True)
        (path / _MANIFEST).write_text(json.dumps({"gazetteers": files}, indent=1) + "\n",
                                      encoding="utf-8")

    def from_disk(self, path: Union[str, Path], *, exclude: Iterable[str] = ()) -> "BanglaNewsNER":
        """Use the gazetteer copies saved by :meth:`to_disk` (plain JSON and TSV are read).

        The manifest may only name files inside ``path``: an absolute path, or one that
        leads outside it (``..``, a symbolic link), is a ``ValueError`` naming the manifest,
        so a pipeline folder from elsewhere cannot make the component read other files.
        """
        path = Path(path)
        manifest = path / _MANIFEST
        if manifest.is_file():
            try:
                files = json.loads(manifest.read_text(encoding="utf-8"))["gazetteers"]
            except (ValueError, KeyError, TypeError) as exc:
                raise ValueError(f"{manifest}: not a bangla_news_ner manifest ({exc})") from None
            self.gazetteers = _confined(manifest, path, files)
            self._pipeline = None
        return self


def _confined(manifest: Path, folder: Path, files: object) -> List[Path]:
    """The manifest's gazetteer paths, each checked to be a relative path to a file inside
    ``folder`` (symbolic links resolved)."""
    if not isinstance(files, list) or not all(isinstance(f, str) for f in files):
        raise ValueError(f"{manifest}: 'gazetteers' must be a list of relative paths (strings), "
                         f"not {files!r}")
    root = folder.resolve()
    out = []
    for f in files:
        if not f or PurePosixPath(f).is_absolute() or PureWindowsPath(f).is_absolute() \
                or PureWindowsPath(f).drive:
            raise ValueError(f"{manifest}: gazetteer path {f!r} must be relative to {folder}")
        target = (folder / f).resolve()
        if target == root or not target.is_relative_to(root):
            raise ValueError(f"{manifest}: gazetteer path {f!r} leads outside {folder} "
                             f"(to {target}); a saved pipeline may only use its own files")
        out.append(target)
    return out


@Language.factory(
    FACTORY,
    default_config={
        "gazetteers": [],
        "default_gazetteers": True,
        "reference_date": None,
        "model": False,
        "overwrite_ents": False,
        "alignment_mode": "expand",
        "datetime_label": "DATE",
        "labels": list(LABELS),
    },
    assigns=["doc.ents", "token.ent_iob", "token.ent_type", "token.ent_kb_id",
             *(f"span._.{n}" for n in SPAN_EXTENSIONS), *(f"doc._.{n}" for n in DOC_EXTENSIONS)],
)
def make_bangla_news_ner(
    nlp: Language,
    name: str,
    gazetteers: List[str],
    default_gazetteers: bool,
    reference_date: Optional[str],
    model: Union[bool, str],
    overwrite_ents: bool,
    alignment_mode: str,
    datetime_label: str,
    labels: List[str],
) -> BanglaNewsNER:
    """The factory behind ``nlp.add_pipe("bangla_news_ner", config={...})``."""
    return BanglaNewsNER(
        nlp, name, gazetteers=gazetteers, default_gazetteers=default_gazetteers,
        reference_date=reference_date, model=model, overwrite_ents=overwrite_ents,
        alignment_mode=alignment_mode, datetime_label=datetime_label, labels=labels)
