#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""The demo's outputs hold to the JSON Schemas in docs/schema/: result.json
of `baocao run`, and the plan spec `baocao plan` prints. A spoiled copy of
each must be refused, so that the check is known to bite.

usage: validate_outputs.py SOURCE_DIR BAOCAO_BINARY
exits 77 (skipped) when python3-jsonschema is not installed."""
import copy
import json
import pathlib
import subprocess
import sys
import tempfile

try:
    import jsonschema
except ImportError:
    print("skipped: python3-jsonschema is not installed")
    sys.exit(77)

source, binary = pathlib.Path(sys.argv[1]), sys.argv[2]
demo = source / "samples" / "demo"
schemas = source / "docs" / "schema"


def validator(name):
    schema = json.loads((schemas / name).read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def errors(v, document):
    return [f"{'/'.join(map(str, e.absolute_path)) or '(top)'}: {e.message}" for e in v.iter_errors(document)]


failed = False


def expect_valid(what, v, document):
    global failed
    found = errors(v, document)
    if found:
        failed = True
        print(f"{what} does not hold to its schema:")
        for e in found[:20]:
            print("  " + e)
    else:
        print(f"{what}: valid")


def expect_refused(what, v, document):
    global failed
    if not errors(v, document):
        failed = True
        print(f"{what} was accepted, though it breaks the schema")


with tempfile.TemporaryDirectory() as tmp:
    out = pathlib.Path(tmp) / "out"
    run = subprocess.run([binary, "run", "-q", "--plan", "plan-99-KH-TU.docx", "--roster", "roster.json",
                          "--out", str(out), "inbox"], cwd=demo, capture_output=True, text=True)
    if run.returncode != 0:
        print(run.stderr)
        sys.exit(1)
    result = json.loads((out / "result.json").read_text(encoding="utf-8"))
    plan = subprocess.run([binary, "plan", str(demo / "plan-99-KH-TU.docx")], capture_output=True, text=True,
                          check=True)
    spec = json.loads(plan.stdout)

result_schema = validator("result.schema.json")
spec_schema = validator("plan-spec.schema.json")
expect_valid(f"result.json of the demo ({len(result['submissions'])} submissions, "
             f"{len(result['rejected'])} rejected)", result_schema, result)
expect_valid("the demo's plan spec", spec_schema, spec)

spoiled = copy.deepcopy(result)
spoiled["units"][0]["status"] = "ontime"
expect_refused("a unit status 'ontime'", result_schema, spoiled)
spoiled = copy.deepcopy(result)
spoiled["submissions"][0]["received_at"] = "2013-10-01 08:15"
expect_refused("a received_at without its offset", result_schema, spoiled)
spoiled = copy.deepcopy(spec)
spoiled["deadlines"].append({"level": "province", "due": "2013-10-05"})
expect_refused("a deadline for the level 'province'", spec_schema, spoiled)
spoiled = copy.deepcopy(spec)
spoiled["items"] = []
expect_refused("a plan spec without items", spec_schema, spoiled)

sys.exit(1 if failed else 0)
