#!/bin/bash
# Runs the JMH benchmarks of the randomization engine (never part of ./mvnw verify).
# Usage: trial-randomization/bench.sh [JMH options, e.g. -prof gc or a benchmark name regex]
set -e
cd "$(dirname "$0")"
../mvnw -q -pl trial-randomization -f ../pom.xml test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
exec java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  org.openjdk.jmh.Main -prof gc "${@:-org.pragma.randomization.bench.*}"
