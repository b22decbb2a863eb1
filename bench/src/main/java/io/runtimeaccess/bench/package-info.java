/**
 * Benchmarks of the plain-Java cores, run from {@code bench/target/benchmarks.jar} as docs/benchmarks.md shows: JMH
 * runs of the in-memory access check ({@link AccessCheckBenchmark}) on a seeded {@code SyntheticOrganization} of 1k to
 * 1M grants, of grant-use marking, of the anomaly scorer ({@link AnomalyScorerBenchmark}) on a generated event stream
 * and of IP location; {@link AccessIndexBuildCost} and {@code MemoryLatency} are plain {@code main} programs. Never
 * part of the test suite, nor of the jar for {@code providers/}.
 */
package io.runtimeaccess.bench;
