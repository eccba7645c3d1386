# Sourced by the scripts/gpu_*.sh measurement scripts: `step NAME ARGS...` runs one `inspect`
# command (from the working tree, no install needed), keeps its whole output in $out/NAME.log,
# prints it without the progress lines, and sets status=1 if the command failed.
export PYTHONUNBUFFERED=1
status=0
step() {
    local name="$1" rc=0; shift
    echo "== $name: inspect $*"
    python3 -c 'from inspector.cli import main; main()' "$@" >"$out/$name.log" 2>&1 || rc=$?
    [ "$rc" -eq 0 ] || { status=1; echo "   exit code $rc"; }
    grep -v '^\[' "$out/$name.log"
}
