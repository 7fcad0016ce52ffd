"""Bring the French UI translation up to date with the sources: lupdate, then lrelease.

``medicen_fr.ts`` is the source of truth for the GUI's French: translators
edit it (Qt Linguist, or any XML editor); this script only adds the strings
new in ``medicen_desktop/gui``, ``ui/``, the step and export-format registries (marked unfinished), drops the ones
gone, and compiles ``medicen_fr.qm``. It never overwrites a translation.

Run: .venv/bin/python resources/translations/update.py  (prints the strings still untranslated;
exit 1 while any is).
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
BIN = Path(sys.executable).parent
TS = HERE / "medicen_fr.ts"


def sources() -> list[str]:
    """Every file lupdate reads: the GUI's Python modules and the Designer forms."""
    gui = ROOT / "medicen_desktop" / "gui"
    found = [p for p in sorted(gui.rglob("*.py")) if p.relative_to(gui).parts[0] != "forms"]  # compiled from ui/
    found.append(ROOT / "medicen_desktop" / "rules" / "steps.py")  # the step labels (QT_TRANSLATE_NOOP)
    found.append(ROOT / "medicen_desktop" / "export" / "formats.py")  # the export formats' labels (likewise)
    found += sorted((ROOT / "ui").glob("*.ui")) if (ROOT / "ui").is_dir() else []
    return [str(p) for p in found]


def untranslated(ts: Path = TS) -> list[str]:
    """Source texts of the messages whose French is missing or unfinished."""
    tree = ET.parse(ts)
    return [m.findtext("source") or "" for m in tree.iter("message")
            if (t := m.find("translation")) is None or t.get("type") == "unfinished" or not (t.text or "")]


def main() -> int:
    subprocess.run([str(BIN / "pyside6-lupdate"), *sources(), "-no-obsolete", "-locations", "none",
                    "-source-language", "en", "-target-language", "fr", "-ts", str(TS)], check=True)
    subprocess.run([str(BIN / "pyside6-lrelease"), str(TS), "-qm", str(HERE / "medicen_fr.qm")], check=True)
    missing = untranslated()
    for source in missing:
        print("untranslated:", source)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
