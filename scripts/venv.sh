# Sourced by ./medicen and ./run-tests: create or refresh the virtual environment.
# The stamp records which pyproject/constraints the venv was built from, so an
# edit to either reinstalls on the next run.
VENV="${MEDICEN_VENV:-$here/.venv}"

ensure_venv() {
    local extras="$1"
    local stamp="$VENV/.medicen-stamp$extras"
    local want
    want="$(cat "$here/pyproject.toml" "$here/constraints.txt" | sha256sum | cut -d' ' -f1)"
    if [ ! -x "$VENV/bin/python" ]; then
        echo "Setting up $VENV (first run)..." >&2
        python3 -m venv "$VENV"
    fi
    if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
        "$VENV/bin/python" -m pip install --quiet --upgrade pip >&2
        "$VENV/bin/python" -m pip install --quiet -c "$here/constraints.txt" -e "$here$extras" >&2
        echo "$want" > "$stamp"
    fi
}
