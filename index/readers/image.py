"""A photographed or scanned page saved as an image (PNG, JPEG, TIFF, BMP, WebP, and a phone's HEIC through
pillow-heif): OCR. A phone's photo is turned upright by its orientation first (its pixels are often stored
sideways): pillow-heif turns a HEIC photo as it opens it, EXIF turns the others."""

from __future__ import annotations

import functools
import io
import itertools

from index.errors import UnreadableFile
from index.readers import SourceText
from index.readers.ocr import ocr_lines

_MAX_FRAMES = 50  # pages of a multi-page TIFF read


@functools.cache
def _open_heif() -> None:
    """Let Pillow open HEIC/HEIF photos (pillow-heif's opener, registered once)."""
    import pillow_heif

    pillow_heif.register_heif_opener()


def read_image(data: bytes, name: str) -> SourceText:
    from PIL import Image, ImageOps, ImageSequence, UnidentifiedImageError

    _open_heif()
    try:
        image = Image.open(io.BytesIO(data))
        frames = [f.copy() for f in itertools.islice(ImageSequence.Iterator(image), _MAX_FRAMES)]
        if len(frames) == 1:  # a photo: upright as its EXIF orientation says (a scan's pages have none)
            frames = [ImageOps.exif_transpose(image) or frames[0]]
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as exc:
        raise UnreadableFile(f"{name}: not a readable image ({exc})") from exc
    lines: list[str] = []
    notes: list[str] = []  # (what the OCR left out: the foot of a screenshot too long to read whole)
    for frame in frames:
        lines.extend(ocr_lines(frame, name, notes))
    if not "".join(lines).strip():
        raise UnreadableFile(f"{name}: no text was recognised in the image")
    return SourceText(name=name, format="image-ocr", text="\n".join(lines),
                      warnings=(f"OCR used ({len(frames)} page{'s' if len(frames) > 1 else ''}); check 文号 and figures",
                                *dict.fromkeys(notes)))
