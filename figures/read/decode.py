"""Bytes → text: UTF-8, UTF-8 with BOM, UTF-16 by BOM; anything else is reported, not guessed."""

from __future__ import annotations

import codecs


class DecodeError(ValueError):
    """The bytes are not text in an encoding figures reads; the message says why."""


def decode_text(data: bytes) -> str:
    """Decode article bytes, refusing binary files and invalid UTF-8 with a one-line reason."""
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[len(codecs.BOM_UTF8) :], "utf-8", "UTF-8 (with BOM)")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", "UTF-16")
    if b"\x00" in data[:8192]:
        raise DecodeError("binary file (NUL bytes), not an article")
    return _strict(data, "utf-8", "UTF-8")


def _strict(data: bytes, codec: str, name: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as error:
        raise DecodeError(
            f"not valid {name}: byte 0x{data[error.start]:02x} at offset {error.start} "
            "(save the file as UTF-8)"
        ) from None
