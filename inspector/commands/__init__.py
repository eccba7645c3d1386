"""The `inspect` commands, one module each: the only click code besides the group in cli.py.

Each command parses its flags, checks what it can before the work (names, shapes, that outputs can
be written), calls one library function (capture, bench, report, analysis) and prints. Bad input is
`raise inspector.usage.InputError` (one line on stderr, exit 2); failures and Ctrl-C end through
the shared exits of inspector/usage.py. The commands sit on top: they may import any layer, and
no library module imports them.

    group.py    the `inspect` click group: lazy subcommands, Ctrl-C handling
    run.py      list, run, recollect (no torch in this process: captures run in a subprocess)
    ranks.py    run --nproc: every rank captured, then compared
    bench.py    bench          sweep.py   sweep
    diff.py     diff           report.py  report
"""
