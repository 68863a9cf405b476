#!/usr/bin/env python3
"""Draws resources/icons/icon.png (512x512 RGBA) to match icon.svg, with the standard library only.

Each shape is a signed distance field; a pixel's coverage is clamp(0.5 - distance), which antialiases
edges without supersampling. Run: python3 resources/icons/make_icon.py
"""
import math
import os
import struct
import zlib

SIZE = 512
TEAL = (0x0F, 0x76, 0x6E)
WHITE = (0xFF, 0xFF, 0xFF)
AMBER = (0xF5, 0x9E, 0x0B)


def rounded_rect(x, y, w, h, r):
    cx, cy, hx, hy = x + w / 2, y + h / 2, w / 2 - r, h / 2 - r

    def sdf(px, py):
        qx, qy = abs(px - cx) - hx, abs(py - cy) - hy
        outside = math.hypot(max(qx, 0.0), max(qy, 0.0))
        return outside + min(max(qx, qy), 0.0) - r

    return sdf


def polygon(points):
    def sdf(px, py):
        d = float('inf')
        sign = 1.0
        n = len(points)
        for i in range(n):
            ax, ay = points[i]
            bx, by = points[i - 1]
            ex, ey = bx - ax, by - ay
            wx, wy = px - ax, py - ay
            t = max(0.0, min(1.0, (wx * ex + wy * ey) / (ex * ex + ey * ey)))
            d = min(d, math.hypot(wx - ex * t, wy - ey * t))
            c1, c2, c3 = py >= ay, py < by, ex * wy > ey * wx
            if (c1 and c2 and c3) or (not c1 and not c2 and not c3):
                sign = -sign
        return sign * d

    return sdf


def union(*shapes):
    return lambda px, py: min(shape(px, py) for shape in shapes)


LAYERS = [
    (rounded_rect(16, 16, 480, 480, 104), TEAL),
    (union(rounded_rect(80, 104, 352, 256, 56), polygon([(240, 340), (152, 424), (168, 340)])), WHITE),
    (rounded_rect(136, 184, 240, 36, 18), TEAL),
    (rounded_rect(176, 248, 160, 36, 18), AMBER),
]


def render():
    rows = []
    for y in range(SIZE):
        row = bytearray([0])  # PNG filter type 0 (None)
        for x in range(SIZE):
            r = g = b = a = 0.0
            px, py = x + 0.5, y + 0.5
            for shape, color in LAYERS:
                cover = max(0.0, min(1.0, 0.5 - shape(px, py)))
                if cover == 0.0:
                    continue
                # Premultiplied "over".
                r = color[0] * cover + r * (1 - cover)
                g = color[1] * cover + g * (1 - cover)
                b = color[2] * cover + b * (1 - cover)
                a = cover + a * (1 - cover)
            if a > 0:
                row += bytes((round(r / a), round(g / a), round(b / a), round(a * 255)))
            else:
                row += b'\x00\x00\x00\x00'
        rows.append(bytes(row))
    return b''.join(rows)


def chunk(kind, data):
    body = kind + data
    return struct.pack('>I', len(data)) + body + struct.pack('>I', zlib.crc32(body) & 0xFFFFFFFF)


def main():
    header = struct.pack('>IIBBBBB', SIZE, SIZE, 8, 6, 0, 0, 0)  # 8-bit RGBA
    png = b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', header) + chunk(b'IDAT', zlib.compress(render(), 9)) + chunk(b'IEND', b'')
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'icon.png')
    with open(out, 'wb') as handle:
        handle.write(png)
    print(f'wrote {out} ({len(png)} bytes)')


if __name__ == '__main__':
    main()
