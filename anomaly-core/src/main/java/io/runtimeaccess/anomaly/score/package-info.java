/**
 * The arithmetic the detections share: {@link Surprise} turns a value new for the user into bits of surprise
 * (after Freeman et al., NDSS 2016), {@link ScoreCard} combines the reasons' weights into a 0–100 score like
 * independent evidence and holds a corroborating-only reason such as an unusual time below MEDIUM when it stands
 * alone, and {@code SeverityBands} maps a score to a severity. The evidence keys in {@link Evidence} are a
 * contract: dismissals read the flagged values back from them. Imports no detection package.
 */
package io.runtimeaccess.anomaly.score;
