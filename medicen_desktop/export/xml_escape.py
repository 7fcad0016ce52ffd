"""Escape text for XML: ``&``, ``<`` and ``>``, as ``xml.sax.saxutils.escape`` does.

Not imported from ``xml.sax.saxutils``: that module imports ``urllib.request``
(and with it ``http.client``, ``email`` and ``ssl``) to resolve entities,
a network stack no export needs and every export would pay for.
"""

from __future__ import annotations


def escape(text: str) -> str:
    """``text`` with ``&``, ``<`` and ``>`` replaced by their entities (``&`` first)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
