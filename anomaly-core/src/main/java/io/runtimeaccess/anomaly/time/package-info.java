/**
 * Detection 4, unusual time: {@link UnusualTime} compares a sign-in's hour of day and weekday (UTC) with the user's
 * recent habits, smoothed toward the realm's hours. It only corroborates: an unusual time alone keeps the score
 * below MEDIUM, since people change their hours for good (a night shift) far more often than an attacker shows up
 * at an odd hour with the user's own network and browser.
 */
package io.runtimeaccess.anomaly.time;
