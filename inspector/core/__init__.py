"""The ground floor every other package stands on; it imports nothing above it.

policy.py        what "correct" means: Tolerance, compare, the one gradient-tolerance rule, first_tensor
timing.py        how a callable is timed (time_fn) and the copy-bandwidth ceiling
timing_noise.py  whether a stored timing is steady enough to quote a speed-up from
trace.py         reader of a stored TORCH_TRACE log into entries
timeline.py      the log's chromium events paired into spans and instants (a compile's timeline)
outputcode.py    reader of a stored Inductor wrapper (output_code.py): kernels, launches, buffers
kernel_defs.py   the wrapper's kernel definitions: source, header comments, Triton decorator metadata
graph_inputs.py  input shapes read from a stored Dynamo graph
progress.py      the progress-callback type the long-running commands take
units.py         numbers as text with their units (seconds, ms, bytes, rates, chart labels)
svg_axis.py      the SVG charts' value axis: ticks, value to pixel, tick labels
records.py       what a capture stores (kernels.json, compile_metrics.json, manifest.json) as typed
                 records: one to_json per file and one tolerant from_json

inspector/store.py (the captured_kernels/ layout), config.py, usage.py and versions.py are on
this floor too. capture/, bench/, analysis/, report/, experiments/ and scripts/ import from here,
never from each other's internals (tests/test_layering.py checks the directions).
"""
