"""LibreOffice Calc told to recalculate a workbook on load: does it compute what the file caches?"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import openpyxl


def compare_recalculated(path: Path, tmp_path: Path) -> int:
    """Recalculate ``path`` in LibreOffice; assert every formula's value equals the cached one; return how many."""
    tmp_path.mkdir(parents=True, exist_ok=True)
    profile = tmp_path / "profile"
    (profile / "user").mkdir(parents=True)
    (profile / "user" / "registrymodifications.xcu").write_text(
        '<?xml version="1.0" encoding="UTF-8"?><oor:items xmlns:oor="http://openoffice.org/2001/registry" '
        'xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse">'
        '<value>0</value></prop></item></oor:items>')
    source = tmp_path / "ours.xlsx"
    source.write_bytes(path.read_bytes())
    out = tmp_path / "lo"
    subprocess.run([str(shutil.which("soffice")), f"-env:UserInstallation=file://{profile}", "--headless",
                    "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out), str(source)],
                   capture_output=True, check=True, timeout=300)
    ours = openpyxl.load_workbook(source, data_only=True)
    theirs = openpyxl.load_workbook(out / "ours.xlsx", data_only=True)
    compared = 0
    for sheet in openpyxl.load_workbook(source).worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value.startswith("="):
                    mine = ours[sheet.title][cell.coordinate].value
                    recalculated = theirs[sheet.title][cell.coordinate].value
                    assert abs(float(mine) - float(recalculated)) < 0.005, (sheet.title, cell.coordinate)
                    compared += 1
    return compared
