"""Run benchmarks: ``python -m benchmarks`` lists them, ``python -m benchmarks NAME…`` runs them.

Each prints ``NAME: <figure> <unit> (baseline <figure> <unit>, ratio <r>)`` and then
``NAME.peak_rss: <n> MiB``, the peak resident memory of the child process that did the work.
"""

import sys

from benchmarks.runner import main

raise SystemExit(main(sys.argv[1:]))
