#!/usr/bin/env python3
"""make_icons.py OUT_DIR: the app icons as PNG, rasterised here from the same simple vector
drawing as web/pages/icon.svg (a rounded square, a page, three lines), so no image tool is needed.

Writes icon-192.png, icon-512.png (purpose "any") and icon-maskable-512.png (the drawing kept
inside the maskable safe zone, the central 80%, on a full-bleed background).
"""
import json
import os
import struct
import sys
import zlib

def _rgb(hex_colour):
    return tuple(int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))


# The colours of web/pages/icon.svg: the light theme's accent and the text drawn on it.
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'web', 'shared', 'palette.json'), encoding='utf-8') as _f:
    _LIGHT = json.load(_f)['themes']['light']
BLUE = _rgb(_LIGHT['accent'])
WHITE = _rgb(_LIGHT['accent_text'])


def shapes(size, maskable):
    """The drawing in pixel coordinates: (kind, params, colour), painted in order."""
    s = size / 64.0
    inset = 0.0
    scale = s
    if maskable:  # content within the safe zone: shrink the drawing to 80% around the centre
        scale = s * 0.8
        inset = size * 0.1
    def box(x0, y0, x1, y1):
        return (inset + x0 * scale, inset + y0 * scale, inset + x1 * scale, inset + y1 * scale)
    out = []
    if maskable:
        out.append(('rect', (0, 0, size, size, 0), BLUE))
    else:
        out.append(('rect', (0, 0, size, size, 12 * s), BLUE))
    out.append(('rect', box(18, 14, 46, 50) + (0,), WHITE))
    for y, x1 in ((22, 41), (29, 41), (36, 35)):
        x0y0x1y1 = box(23 - 1.5, y - 1.5, x1 + 1.5, y + 1.5)
        out.append(('rect', x0y0x1y1 + (1.5 * scale,), BLUE))
    return out


def inside(px, py, shape):
    kind, (x0, y0, x1, y1, r), _ = shape
    if px < x0 or px >= x1 or py < y0 or py >= y1:
        return False
    if r <= 0:
        return True
    cx = min(max(px, x0 + r), x1 - r)
    cy = min(max(py, y0 + r), y1 - r)
    return (px - cx) ** 2 + (py - cy) ** 2 <= r * r


def render(size, maskable):
    drawing = shapes(size, maskable)
    n = 4  # 4x4 supersampling for smooth edges
    rows = []
    for y in range(size):
        row = bytearray([0])  # PNG filter: none
        for x in range(size):
            acc = [0, 0, 0, 0]
            for sy in range(n):
                for sx in range(n):
                    px, py = x + (sx + 0.5) / n, y + (sy + 0.5) / n
                    colour = None
                    for shape in drawing:
                        if inside(px, py, shape):
                            colour = shape[2]
                    if colour:
                        acc[0] += colour[0]; acc[1] += colour[1]; acc[2] += colour[2]; acc[3] += 255
            k = n * n
            a = acc[3] / k
            if a > 0:
                row += bytes((round(acc[0] / (acc[3] / 255)), round(acc[1] / (acc[3] / 255)),
                              round(acc[2] / (acc[3] / 255)), round(a)))
            else:
                row += b'\0\0\0\0'
        rows.append(bytes(row))
    def chunk(tag, data):
        return struct.pack('>I', len(data)) + tag + data + struct.pack('>I', zlib.crc32(tag + data) & 0xFFFFFFFF)
    ihdr = struct.pack('>IIBBBBB', size, size, 8, 6, 0, 0, 0)
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', ihdr) + chunk(b'IDAT', zlib.compress(b''.join(rows), 9)) + chunk(b'IEND', b'')


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for name, size, maskable in (('icon-192.png', 192, False), ('icon-512.png', 512, False),
                                 ('icon-maskable-512.png', 512, True)):
        with open(os.path.join(out, name), 'wb') as f:
            f.write(render(size, maskable))


if __name__ == '__main__':
    main()
