/**
 * A dataset replayed through the scorer: {@link EventStream} merges RBA rows and side events into one time-ordered
 * stream of scorer events with their ground truth, and {@link Replay} scores each once, the scorer learning after
 * scoring; the warm-up is scored and learned but not counted. {@link ReplayResults} keeps what was measured in
 * bounded memory, so even the 31-million-row RBA file streams through.
 */
package io.runtimeaccess.evaluation.replay;
