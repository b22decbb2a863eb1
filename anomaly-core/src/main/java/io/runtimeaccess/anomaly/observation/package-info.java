/**
 * One event read into the scorer's terms before any detection looks at it: {@link Observation} holds the time as
 * UTC day, hour and weekday, the address as keys, the {@link NetworkLocation} as table values and the user agent
 * parsed by {@link UserAgentParser} (no regular expressions). The scorer reuses one observation for every event.
 * A package of its own below the detections, so every detection package can read it while the scoring arithmetic
 * never imports a detection.
 */
package io.runtimeaccess.anomaly.observation;
