#!/usr/bin/env bash
# Export benchmark: bench/export.sh [employees=500]. Prints the time and the peak heap of one
# ALL-mode export of a session whose employees are all ready, from one run with -Xmx512m.
exec "$(dirname "$0")/run-benchmark.sh" com.ccp.benchmark.ExportBenchmark "${1:-500}"
