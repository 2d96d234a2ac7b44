#!/usr/bin/env python3
"""Page-by-page difference of two PDFs: scripts/pdf-page-diff.py before.pdf after.pdf

Renders both with poppler (pdftoppm -r 60 -gray) and prints, per page, the mean absolute grey difference (0-255) and
the share of pixels that differ by more than 32 grey levels. Pure Python (no PIL); needs poppler-utils."""
import subprocess, sys, tempfile, os, glob

def render(pdf, outdir, tag):
    subprocess.run(["pdftoppm", "-r", "60", "-gray", pdf, os.path.join(outdir, tag)], check=True)
    return sorted(glob.glob(os.path.join(outdir, tag + "-*.pgm")))

def read_pgm(path):
    data = open(path, "rb").read()
    fields, pos = [], 0
    while len(fields) < 4:
        while data[pos:pos+1].isspace(): pos += 1
        if data[pos:pos+1] == b"#":
            pos = data.index(b"\n", pos)
            continue
        end = pos
        while not data[end:end+1].isspace(): end += 1
        fields.append(data[pos:end]); pos = end
    pos += 1
    w, h = int(fields[1]), int(fields[2])
    return w, h, data[pos:pos + w * h]

def diff(a, b):
    wa, ha, pa = read_pgm(a); wb, hb, pb = read_pgm(b)
    w, h = min(wa, wb), min(ha, hb)
    total, changed = 0, 0
    for y in range(h):
        ra = pa[y*wa:y*wa+w]; rb = pb[y*wb:y*wb+w]
        for x, y2 in zip(ra, rb):
            d = x - y2 if x > y2 else y2 - x
            total += d
            if d > 32: changed += 1
    n = w * h
    return total / n, 100.0 * changed / n, (wa, ha) == (wb, hb)

before, after = sys.argv[1], sys.argv[2]
with tempfile.TemporaryDirectory() as tmp:
    pa = render(before, tmp, "a"); pb = render(after, tmp, "b")
    print(f"pages: {len(pa)} before, {len(pb)} after")
    print("page  mean|Δ|  >32 levels")
    for i in range(min(len(pa), len(pb))):
        mean, share, same = diff(pa[i], pb[i])
        print(f"{i+1:4}  {mean:6.2f}  {share:6.2f}%{'' if same else '  (size differs)'}")
