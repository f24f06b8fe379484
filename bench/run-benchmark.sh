#!/usr/bin/env bash
# Shared by the benchmark scripts: bench/run-benchmark.sh <main class> [args...]. Picks a JDK 21+,
# compiles the tests, and runs the class on the test classpath with -Xmx512m and the app's collector.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! java -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
  for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/java-21-openjdk-amd64; do
    if [ -x "$candidate/bin/java" ]; then export JAVA_HOME="$candidate"; export PATH="$candidate/bin:$PATH"; break; fi
  done
fi
export VAADIN_USAGE_STATS_ENABLED=false
./mvnw -q -B -DskipTests test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
mkdir -p target/tmp
main="$1"
shift
exec java ${BENCH_JAVA_OPTS:-} -Xmx512m -XX:+UseParallelGC -Djava.io.tmpdir=target/tmp \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" "$main" "$@"
