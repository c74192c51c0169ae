"""Demo pictures drawn with Pillow: no downloads, same picture every run."""

import io
import random

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw

from core.models import MinistryImage

PALETTES = [
    ((15, 76, 92), (242, 201, 76), (233, 240, 242)),
    ((120, 62, 30), (236, 180, 100), (250, 240, 225)),
    ((30, 90, 60), (180, 220, 120), (235, 245, 230)),
    ((50, 60, 110), (230, 120, 90), (235, 235, 245)),
    ((90, 40, 80), (240, 190, 120), (245, 235, 240)),
]


def draw_scene(seed, width=1600, height=900):
    """A sky, hills and a row of buildings: enough to look like a photograph
    in a layout, and different for every seed."""
    rng = random.Random(seed)  # nosec B311 # shapes of a demo picture, nothing secret
    dark, accent, light = PALETTES[seed % len(PALETTES)]
    image = PILImage.new("RGB", (width, height), light)
    draw = ImageDraw.Draw(image)
    for y in range(height // 2):
        shade = int(40 * y / (height / 2))
        draw.line([(0, y), (width, y)], fill=(max(light[0] - 60 + shade, 0), max(light[1] - 30 + shade, 0), light[2]))
    sun_x = rng.randint(width // 8, width - width // 8)
    draw.ellipse([sun_x - 70, 80, sun_x + 70, 220], fill=accent)
    for layer in range(3):
        base = height // 2 + layer * 60
        points = [(0, height)]
        for x in range(0, width + 100, 100):
            points.append((x, base + rng.randint(-60, 60)))
        points.append((width, height))
        tone = tuple(min(255, c + 40 * (2 - layer)) for c in dark)
        draw.polygon(points, fill=tone)
    x = rng.randint(40, 200)
    while x < width - 120:
        w = rng.randint(60, 160)
        h = rng.randint(120, 360)
        top = height - 80 - h
        draw.rectangle([x, top, x + w, height - 80], fill=tuple(max(0, c - 20) for c in dark))
        for wy in range(top + 20, height - 100, 40):
            for wx in range(x + 12, x + w - 20, 30):
                if rng.random() > 0.35:
                    draw.rectangle([wx, wy, wx + 14, wy + 20], fill=accent)
        x += w + rng.randint(20, 80)
    draw.rectangle([0, height - 80, width, height], fill=(70, 70, 70))
    return image


def demo_image(title, seed, credit="", width=1600, height=900):
    """The demo image called `title`, drawn and stored the first time only."""
    existing = MinistryImage.objects.filter(title=title).first()
    if existing is not None:
        return existing
    buffer = io.BytesIO()
    draw_scene(seed, width, height).save(buffer, format="JPEG", quality=82)
    image = MinistryImage(title=title, credit=credit)
    image.file = ImageFile(buffer, name=f"demo-{seed}.jpg")
    image.save()
    return image
