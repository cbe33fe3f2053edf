"""Derive simplified country outlines (Europe, Middle East, North Africa) from world-atlas
(Natural Earth 1:50m, public domain) into a small JSON of lon/lat rings."""

import json
import sys
from pathlib import Path

BBOX = (-25.0, 10.0, 65.0, 66.0)  # west, south, east, north
TOL = float(sys.argv[2]) if len(sys.argv) > 2 else 0.08

topo = json.loads(Path(sys.argv[1]).read_text())
sx, sy = topo["transform"]["scale"]
tx, ty = topo["transform"]["translate"]
arcs = []
for arc in topo["arcs"]:
    x = y = 0
    pts = []
    for dx, dy in arc:
        x += dx
        y += dy
        pts.append((x * sx + tx, y * sy + ty))
    arcs.append(pts)


def arc_pts(i):
    return arcs[i] if i >= 0 else arcs[~i][::-1]


def ring(idx):
    pts = []
    for i in idx:
        p = arc_pts(i)
        pts.extend(p if not pts else p[1:])
    return pts


def dp(pts, tol):
    if len(pts) < 3:
        return pts
    keep = [False] * len(pts)
    keep[0] = keep[-1] = True
    stack = [(0, len(pts) - 1)]
    while stack:
        a, b = stack.pop()
        ax, ay = pts[a]
        bx, by = pts[b]
        dx, dy = bx - ax, by - ay
        norm = (dx * dx + dy * dy) ** 0.5
        best, bi = -1, None
        for i in range(a + 1, b):
            px, py = pts[i]
            d = (
                abs(dy * (px - ax) - dx * (py - ay)) / norm
                if norm
                else ((px - ax) ** 2 + (py - ay) ** 2) ** 0.5
            )
            if d > best:
                best, bi = d, i
        if bi is not None and best > tol:
            keep[bi] = True
            stack += [(a, bi), (bi, b)]
    return [p for p, k in zip(pts, keep, strict=True) if k]


def in_box(pts):
    xs = [p[0] for p in pts]
    ys = [p[1] for p in pts]
    return not (max(xs) < BBOX[0] or min(xs) > BBOX[2] or max(ys) < BBOX[1] or min(ys) > BBOX[3])


out = []
for g in topo["objects"]["countries"]["geometries"]:
    polys = (
        g["arcs"]
        if g["type"] == "MultiPolygon"
        else ([g["arcs"]] if g["type"] == "Polygon" else [])
    )
    rings = []
    for poly in polys:
        for r in poly:
            pts = ring(r)
            if not in_box(pts):
                continue
            s = dp(pts, TOL)
            if len(s) < 4:
                continue
            rings.append([[round(x, 2), round(y, 2)] for x, y in s])
    if rings:
        out.append({"id": g.get("id"), "name": g["properties"]["name"], "rings": rings})
SOURCE = (
    "Natural Earth 1:50m admin-0 countries (public domain) via world-atlas 2.0.2 (ISC), simplified"
)
data = {"source": SOURCE, "bbox": BBOX, "countries": out}
Path(sys.argv[3]).write_text(
    json.dumps(data, separators=(",", ":"), ensure_ascii=False), encoding="utf-8"
)
print(len(out), "countries")
