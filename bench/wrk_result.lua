-- wrk's done() for every benchmark script: one RESULT line that run.sh scripts parse.
-- failed = non-2xx/3xx answers plus socket errors.
done = function(summary, latency, requests)
  io.write(string.format("RESULT requests=%d seconds=%.3f p50_us=%d p90_us=%d p99_us=%d failed=%d\n",
    summary.requests, summary.duration / 1e6, latency:percentile(50), latency:percentile(90),
    latency:percentile(99), summary.errors.status + summary.errors.connect + summary.errors.read
      + summary.errors.write + summary.errors.timeout))
end
