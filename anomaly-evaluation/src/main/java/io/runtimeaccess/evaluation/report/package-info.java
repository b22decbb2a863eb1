/**
 * The markdown tables of one replay: {@link Report} writes the dataset, the ranking per attacker model, false
 * alerts, reason accuracy, campaigns, the office NAT and the admin scenarios from a replay's results.
 * {@link TokenAndShiftFigures} covers token theft from the victim's own country and the night-shift users.
 */
package io.runtimeaccess.evaluation.report;
