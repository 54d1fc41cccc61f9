"""The package's architecture: imports go down the layers and never in a circle; DEVELOPERS.md's
layout matches the tree."""
from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "graph"

#: The layers, lowest first: a module imports modules of its own layer or of the layers below.
LAYERS = [
    {"graph", "graph.errors", "graph.model", "graph.linear", "graph.formats", "graph.ingest", "graph.data", "graph.kb"},
    {"graph.rdf"},
    {"graph.analysis"},
    {"graph.extractors"},
    {"graph.pipeline"},
    {"graph.store"},
    {"graph.corpus"},
    {"graph.render"},
    {"graph.api"},
    {"graph.cli", "graph.__main__"},
    {"graph.learn"},
]


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _imports(name: str, path: Path, modules: dict[str, Path]) -> set[str]:
    """Every graph module ``name`` imports, at the top or inside a function (a lazy import is a dependency too)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                base = ".".join(anchor + ([base] if base else []))
            targets = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base for alias in node.names]
        else:
            continue
        for target in targets:
            # `import graph.rdf.write` names a module, `from graph.rdf import fact_rows` an attribute
            while target and target not in modules:
                target = target.rpartition(".")[0]
            if target.startswith("graph") and target != name:
                found.add(target)
    return found


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    return {name: _imports(name, path, modules) for name, path in modules.items()}


def _layer(module: str) -> int:
    for rank, members in reversed(list(enumerate(LAYERS))):
        if any(module == m or module.startswith(m + ".") for m in members if m != "graph"):
            return rank
    return 0


def test_architecture_no_import_cycle():
    graph = _graph()
    cycles, state = [], {}

    def visit(node: str, stack: list[str]) -> None:
        state[node] = "open"
        for dep in sorted(graph.get(node, ())):
            if state.get(dep) == "open":
                cycles.append(" -> ".join(stack[stack.index(dep):] + [dep]))
            elif dep not in state:
                visit(dep, stack + [dep])
        state[node] = "done"

    for module in sorted(graph):
        if module not in state:
            visit(module, [module])
    assert cycles == []


def test_architecture_imports_go_down_the_layers():
    upward = [f"{m} -> {d}" for m, deps in sorted(_graph().items()) for d in sorted(deps) if _layer(d) > _layer(m)]
    assert upward == []


def test_architecture_every_module_has_a_layer():
    assert [m for m in _modules() if m != "graph" and _layer(m) == 0
            and not any(m == x or m.startswith(x + ".") for x in LAYERS[0] if x != "graph")] == []


def _layout() -> dict[str, list[str]]:
    """The tree of DEVELOPERS.md's Layout section: each listed path -> the paths listed under it."""
    text = (ROOT / "DEVELOPERS.md").read_text(encoding="utf-8")
    block = re.search(r"## Layout\n.*?```\n(.*?)```", text, re.S)
    assert block, "DEVELOPERS.md has no Layout section with a tree"
    tree: dict[str, list[str]] = {}
    stack: list[tuple[int, str]] = []
    for line in block.group(1).splitlines():
        name = line.split()[0]
        depth = (len(line) - len(line.lstrip())) // 2
        stack = [(d, p) for d, p in stack if d < depth]
        path = (stack[-1][1] if stack else "") + name
        tree.setdefault(path, [])
        if stack:
            tree[stack[-1][1]].append(path)
        if name.endswith("/"):
            stack.append((depth, path))
    return tree


def test_architecture_developers_layout_matches_the_tree():
    tree = _layout()
    assert [p for p in tree if not (ROOT / p).exists()] == []            # nothing listed is missing
    missing = []
    for folder, children in tree.items():
        if not folder.startswith("graph/") or not children:
            continue                                                     # a package listed without its modules
        on_disk = {f"{folder}{p.name}" + ("/" if p.is_dir() else "") for p in (ROOT / folder).iterdir()
                   if (p.suffix == ".py" or p.is_dir()) and p.name != "__pycache__"
                   and (p.name != "__init__.py" or folder == "graph/")}   # a package's folder line describes it
        missing += sorted(on_disk - set(children))
    assert missing == []
