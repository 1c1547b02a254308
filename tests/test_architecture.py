"""The package's shape: no import cycles between its modules, lazy imports (inside functions)
included, and the bottom layer imports nothing of the package.

Imports inside ``if TYPE_CHECKING:`` blocks are left out: they are never executed (they only
name types for readers and checkers).  Importing ``a.b.c`` also runs ``a/__init__`` and
``a/b/__init__``, so those count as imported too, except a module's own packages (always
initialised before it).
"""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Dict, List, Set

import pytest

from conftest import ROOT

PKG = "bangla_news_nlp"
PKG_DIR = ROOT / PKG


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _imports(path: Path, modules: Set[str]) -> Set[str]:
    """The package modules ``path`` imports, anywhere in it (functions included)."""
    name = _module_name(path)
    is_pkg = path.name == "__init__.py"
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: Set[str] = set()

    def target(mod: str) -> None:
        # a.b.c runs a, a.b and a.b.c
        parts = mod.split(".")
        for k in range(2, len(parts) + 1):
            m = ".".join(parts[:k])
            # (a module's own packages are initialised before it anyway)
            if m in modules and m != name and not name.startswith(m + "."):
                found.add(m)

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _is_type_checking(child):
                for sub in child.orelse:
                    visit(sub)
                continue
            if isinstance(child, ast.Import):
                for alias in child.names:
                    target(alias.name)
            elif isinstance(child, ast.ImportFrom):
                if child.level:
                    base = name.split(".") if is_pkg else name.split(".")[:-1]
                    base = base[: len(base) - (child.level - 1)]
                    mod = ".".join(base + ([child.module] if child.module else []))
                else:
                    mod = child.module or ""
                target(mod)
                for alias in child.names:  # from pkg import submodule
                    target(f"{mod}.{alias.name}")
            visit(child)

    visit(tree)
    return found


def _graph() -> Dict[str, Set[str]]:
    paths = sorted(PKG_DIR.rglob("*.py"))
    modules = {_module_name(p) for p in paths}
    return {_module_name(p): _imports(p, modules) for p in paths}


def _cycles(graph: Dict[str, Set[str]]) -> List[List[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: Dict[str, int] = {}
    low: Dict[str, int] = {}
    stack: List[str] = []
    on: Set[str] = set()
    out: List[List[str]] = []
    counter = [0]

    def strong(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                strong(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            strong(v)
    return out


def test_the_checker_finds_a_cycle():
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


def test_no_import_cycles():
    cycles = _cycles(_graph())
    assert not cycles, "import cycles: " + "; ".join(" ↔ ".join(c) for c in cycles)


@pytest.mark.parametrize("leaf", [f"{PKG}.models", f"{PKG}.errors"])
def test_bottom_layer_imports_nothing_of_the_package(leaf):
    graph = _graph()
    if leaf not in graph:
        pytest.skip(f"{leaf} does not exist")
    assert graph[leaf] == set()


def test_language_data_modules_are_data():
    """lang/bn holds word lists and tables only: it imports nothing of the package."""
    graph = _graph()
    data = [m for m in graph if m.startswith(f"{PKG}.lang.bn")]
    assert data
    for m in data:
        assert graph[m] == set(), f"{m} imports {sorted(graph[m])}"
