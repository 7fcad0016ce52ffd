"""The JSON Schema of the funder template format, generated from the pydantic template model.

For template authors: editors that read JSON Schema (VS Code's YAML
extension, for one) complete and check a template as it is typed.
``python -m medicen_desktop.rules.template_schema`` rewrites
``resources/schema/template.schema.json`` after a change to the model; a
test fails while the shipped file is out of date.
"""

from __future__ import annotations

import json
import sys

from medicen_desktop.resources import resource
from medicen_desktop.rules.template_model import FunderTemplate

SCHEMA_PATH = resource("schema", "template.schema.json")


def schema_text() -> str:
    """The schema, as the shipped file holds it."""
    schema = FunderTemplate.model_json_schema(mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "urn:medicen-desktop:funder-template"
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


if __name__ == "__main__":
    SCHEMA_PATH.write_text(schema_text(), encoding="utf-8")
    print(SCHEMA_PATH, file=sys.stderr)
