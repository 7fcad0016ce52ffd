"""The interchange JSON Schema, generated from the pydantic model.

`python -m medicen_desktop.document.json_schema` rewrites resources/schema/ after a change
to document/schema.py; a test fails while the shipped file is out of date.
"""

from __future__ import annotations

import json
import sys

from medicen_desktop.document.part_states import MAX_PARTS, PARTS_KEY, PartStateData
from medicen_desktop.document.schema import FORMAT_VERSION, ProposalDocument
from medicen_desktop.resources import resource

SCHEMA_PATH = resource("schema", f"proposal-v{FORMAT_VERSION}.schema.json")


def schema_text() -> str:
    schema = ProposalDocument.model_json_schema(mode="serialization")
    part = PartStateData.model_json_schema(mode="serialization", ref_template="#/$defs/{model}")
    schema.setdefault("$defs", {}).update(part.pop("$defs", {}))
    schema["$defs"]["PartStateData"] = part
    schema["properties"][PARTS_KEY] = {  # beside the proposal, not in its snapshot (document.part_states)
        "type": "array", "items": {"$ref": "#/$defs/PartStateData"}, "maxItems": MAX_PARTS,
        "title": "Parts", "description": "Owners, statuses and due dates of sections, work packages and "
                                         "partners' budgets; left out when none is set."}
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"urn:medicen-desktop:proposal:v{FORMAT_VERSION}"
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


if __name__ == "__main__":
    SCHEMA_PATH.parent.mkdir(parents=True, exist_ok=True)
    SCHEMA_PATH.write_text(schema_text(), encoding="utf-8")
    print(SCHEMA_PATH, file=sys.stderr)
