#!/usr/bin/env python3
"""Draws the workbench's icon, 256x256 RGBA, with the standard library only: a blue rounded square, a white sheet
with three score bars and a green check mark. Written to src/main/resources/fr/ptce/workbench/ui/ptce-workbench.png
(the window's icon and the installers'). Run it again to regenerate."""
import struct
import sys
import zlib

SIZE = 256


def inside_rounded(x, y, x0, y0, x1, y1, r):
    if not (x0 <= x < x1 and y0 <= y < y1):
        return False
    cx = min(max(x, x0 + r), x1 - r - 1)
    cy = min(max(y, y0 + r), y1 - r - 1)
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r


def near_segment(x, y, ax, ay, bx, by, width):
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / float(dx * dx + dy * dy)))
    px, py = ax + t * dx, ay + t * dy
    return (x - px) ** 2 + (y - py) ** 2 <= (width / 2.0) ** 2


def pixel(x, y):
    if not inside_rounded(x, y, 8, 8, 248, 248, 40):
        return (0, 0, 0, 0)
    if near_segment(x, y, 120, 178, 150, 208, 22) or near_segment(x, y, 150, 208, 214, 128, 22):
        return (46, 160, 67, 255)
    if inside_rounded(x, y, 52, 44, 196, 212, 12):
        for top, right in ((72, 176), (108, 150), (144, 122)):
            if inside_rounded(x, y, 72, top, right, top + 20, 6):
                return (31, 95, 168, 255)
        return (255, 255, 255, 255)
    return (31, 95, 168, 255)


def png(width, height, rows):
    raw = b"".join(b"\x00" + bytes(c for p in row for c in p) for row in rows)

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else "src/main/resources/fr/ptce/workbench/ui/ptce-workbench.png"
    with open(out, "wb") as f:
        f.write(png(SIZE, SIZE, [[pixel(x, y) for x in range(SIZE)] for y in range(SIZE)]))
    print(out)
