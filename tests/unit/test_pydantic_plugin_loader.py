"""Commands run with pydantic's plugins off, and without importing its plugin loader's ``importlib.metadata``."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

PROBE = """
import json, os, sys
from medicen_desktop import cli
os.environ.setdefault(cli.PYDANTIC_PLUGINS, "__all__")  # as cli.main does
cli._without_pydantic_plugin_loader()
from pydantic import BaseModel
class Point(BaseModel):
    x: int
point = Point.model_validate({"x": "3"})
loader = sys.modules["pydantic.plugin._loader"]
print(json.dumps({"x": point.x, "real_loader": hasattr(loader, "entry_points"), "plugins": list(loader.get_plugins()),
                  "metadata": sorted(m for m in ("importlib.metadata", "email", "csv", "socket") if m in sys.modules)}))
"""


@pytest.mark.parametrize(("setting", "real"), [(None, False), ("__all__", False), ("some_plugin", True)])
def test_the_loader_is_pydantics_only_when_some_plugins_may_load(setting: str | None, real: bool) -> None:
    env = {k: v for k, v in os.environ.items() if k != "PYDANTIC_DISABLE_PLUGINS"}
    if setting is not None:
        env["PYDANTIC_DISABLE_PLUGINS"] = setting
    out = json.loads(subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True,
                                    env=env).stdout)
    assert out["x"] == 3 and out["plugins"] == [] and out["real_loader"] is real
    if not real:
        assert out["metadata"] == []  # 1.8 MB and 15 ms of every command
