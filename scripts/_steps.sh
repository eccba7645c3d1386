# Sourced by the scripts/gpu_*.sh measurement scripts.
# `parse_steps "KNOWN..." "DEFAULT..." "$@"` sets steps=(...) from the script's arguments (step names
# from KNOWN, OUT_DIR last: it sets $out; no step named: DEFAULT) and creates $out. A mistyped
# step exits 2 before anything runs, instead of being taken for the output folder.
# `step NAME ARGS...` runs one `inspect` command (from the working tree, no install needed), keeps
# its whole output in $out/NAME.log, prints it without the progress lines, and sets status=1 if
# the command failed.
export PYTHONUNBUFFERED=1
status=0
step() {
    local name="$1" rc=0; shift
    echo "== $name: inspect $*"
    python3 -c 'from inspector.cli import main; main()' "$@" >"$out/$name.log" 2>&1 || rc=$?
    [ "$rc" -eq 0 ] || { status=1; echo "   exit code $rc"; }
    grep -v '^\[' "$out/$name.log"
}

parse_steps() {
    local known="$1" defaults="$2" n=0 arg; shift 2
    steps=()
    for arg in "$@"; do
        n=$((n + 1))
        if [[ " $known " == *" $arg "* ]]; then
            steps+=("$arg")
        elif [ "$n" -eq $# ]; then
            out="$arg"
        else
            echo "unknown step '$arg': choose from ${known// /, } (OUT_DIR last)" >&2
            exit 2
        fi
    done
    if [ ${#steps[@]} -eq 0 ]; then
        read -ra steps <<< "$defaults"
    fi
    mkdir -p "$out"
}
