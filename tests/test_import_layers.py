"""The rooms' import rules (README, "Where things are"), checked over every module's imports.

Rooms are stacked in layers. A module-level import may only go down or sideways, and the
imports between rooms never form a cycle; an import the other way must be deferred into a
function and listed below with its reason. The kernel imports no content app at all.
"""

import ast
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Lowest first. Rooms in one layer may import each other as long as no cycle forms. Each
# app's admin modules are a room of their own ("hubs.admin"): they build on the admin toolkit,
# which knows the content apps (staff roles are about hubs), and nothing imports them.
LAYERS = [
    {"infra"},
    {"kernel"},
    {"network.content"},
    {"datapages"},
    {"library", "hubs", "cities", "spotlights", "testimonials", "reports", "pages"},
    {"follow"},
    {"staff"},
    {"admin"},
    {"search"},
    {"api"},
    {"network"},
]
LAYER_OF = {room: level for level, rooms in enumerate(LAYERS) for room in rooms}

# The hub and country choices the list pages share stay in network/ until they can live with
# hubs and cities without closing a cycle (hub pages import spotlights and testimonials, whose
# filters use them); counted apart so that the site's wiring in network/ stays checked as the
# top layer.
NETWORK_CONTENT = {
    "network.filters",
}

# Deferred imports that reach up a layer, each with its reason: (importer, imported module).
DEFERRED_UPWARD = {
    # Publishable (kernel.models) dates the next scheduled publication, which ends the
    # content version.
    ("infra.pagecache", "kernel.models"),
    # The content version is the latest row of network's ContentChange, read and written per
    # request.
    ("infra.pagecache", "network.models"),
    # The page cache asks who previews drafts only for requests it may keep.
    ("infra.pagecache", "kernel.preview"),
    # The shared list filters choose among hubs and countries, read when a filter is built.
    ("network.filters", "hubs.models"),
    ("network.filters", "cities.models"),
    # Figures and maps count the directory when drawn; hub pages draw them.
    ("datapages.figures", "cities.models"),
    ("datapages.figures", "hubs.models"),
    ("datapages.maps", "cities.models"),
}


def room_of(module):
    """The room a dotted module name belongs to, or None for third-party code."""
    top = module.split(".")[0]
    if top not in LAYER_OF and top != "network":
        return None
    if module.split(".")[1:2] == ["admin"]:
        return "admin"
    if top == "network":
        return "network.content" if module in NETWORK_CONTENT else "network"
    return top


def module_name(path):
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path):
    """``(imported module, deferred?)`` for each first-party import in ``path``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    top_level = set(map(id, tree.body))
    package = module_name(path).rsplit(".", 1)[0]
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1])
                base = f"{base}.{node.module}" if node.module else base
            # "from staff import roles" imports a module, "from hubs.models import Hub" a name:
            # resolve() keeps the module either way.
            names = [f"{base}.{alias.name}" for alias in node.names]
        else:
            continue
        deferred = id(node) not in top_level
        for name in names:
            if room_of(name) is not None:
                found.append((resolve(name), deferred))
    return found


def resolve(name):
    """The longest prefix of ``name`` that is a module of the project."""
    parts = name.split(".")
    while parts:
        candidate = ROOT.joinpath(*parts)
        if candidate.with_suffix(".py").exists() or (candidate / "__init__.py").exists():
            return ".".join(parts)
        parts.pop()
    return name


def project_modules():
    for room in {name.split(".")[0] for name in LAYER_OF}:
        for path in sorted((ROOT / room).rglob("*.py")):
            if "migrations" not in path.parts and "static" not in path.parts:
                yield module_name(path), path


def edges():
    """``(importer, imported, deferred)`` between modules of different rooms."""
    found = set()
    for name, path in project_modules():
        for imported, deferred in imports(path):
            if room_of(imported) != room_of(name):
                found.add((name, imported, deferred))
    return found


def test_module_level_imports_go_down_or_sideways():
    upward = sorted(
        f"{importer} -> {imported}"
        for importer, imported, deferred in edges()
        if not deferred and LAYER_OF[room_of(imported)] > LAYER_OF[room_of(importer)]
    )
    assert upward == [], "move the code down, or defer the import and list it: " + str(upward)


def test_deferred_upward_imports_are_the_listed_ones():
    upward = {
        (importer, imported)
        for importer, imported, deferred in edges()
        if deferred and LAYER_OF[room_of(imported)] > LAYER_OF[room_of(importer)]
    }
    assert upward == DEFERRED_UPWARD


def test_the_kernel_imports_no_room_above_infrastructure():
    reaching = sorted(
        f"{importer} -> {imported}"
        for importer, imported, _ in edges()
        if room_of(importer) == "kernel" and room_of(imported) not in {"kernel", "infra"}
    )
    assert reaching == []


def test_no_cycle_between_rooms():
    graph = defaultdict(set)
    for importer, imported, deferred in edges():
        if not deferred:
            graph[room_of(importer)].add(room_of(imported))

    def path_back(start, goal, seen=()):
        for nxt in graph[start]:
            if nxt == goal:
                return [start, nxt]
            if nxt not in seen:
                rest = path_back(nxt, goal, (*seen, nxt))
                if rest:
                    return [start, *rest]
        return None

    cycles = {" -> ".join(cycle) for room in list(graph) if (cycle := path_back(room, room))}
    assert cycles == set()
