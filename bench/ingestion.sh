#!/usr/bin/env bash
# Ingestion benchmark: bench/ingestion.sh [employees=500]. Prints pages/s of full ingestion, bare
# PDFBox extraction time, their ratio and the peak heap, all from one run with -Xmx512m.
exec "$(dirname "$0")/run-benchmark.sh" com.ccp.benchmark.IngestionBenchmark "${1:-500}"
