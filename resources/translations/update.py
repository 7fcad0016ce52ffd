"""Regenerate the UI translations: lupdate the sources, fill French from fr_strings.FR, lrelease.

Run: .venv/bin/python resources/translations/update.py  (prints the strings still untranslated).
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
BIN = Path(sys.executable).parent
sys.path.insert(0, str(HERE))

from fr_strings import FR  # noqa: E402


def main() -> int:
    sources = sorted(str(p) for p in (ROOT / "medicen_desktop" / "gui").rglob("*.py"))
    ts = HERE / "medicen_fr.ts"
    subprocess.run([str(BIN / "pyside6-lupdate"), *sources, "-no-obsolete", "-source-language", "en",
                    "-target-language", "fr", "-ts", str(ts)], check=True)
    tree = ET.parse(ts)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if source in FR:
            translation.text = FR[source]
            translation.attrib.pop("type", None)
        else:
            missing.append(source)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    subprocess.run([str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(HERE / "medicen_fr.qm")], check=True)
    for source in missing:
        print("untranslated:", source)
    return 0


if __name__ == "__main__":
    sys.exit(main())
