"""The guided navigator's steps (kept import-free: the window's menus need them before the rules load)."""

from __future__ import annotations

STEPS = ("call", "project", "consortium", "sections", "workplan", "budget", "risks", "annexes", "review", "export")
"""The navigator's steps, in the order a call needs them."""
