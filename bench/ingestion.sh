#!/usr/bin/env bash
# Ingestion benchmark: bench/ingestion.sh [employees=500] [wording...]. Prints, per wording (default:
# STANDARD with the built-in profiles, then HARBOR with admin-stored ones), pages/s of full ingestion,
# bare PDFBox extraction time, their ratio and the peak heap, all from one run with -Xmx512m.
exec "$(dirname "$0")/run-benchmark.sh" com.ccp.benchmark.IngestionBenchmark "${1:-500}" "${@:2}"
