/**
 * How well scores tell attacks from benign events: {@link Ranking} (ROC-AUC, average precision, recall at a
 * false-positive rate, exact with ties) over {@link ScoreHistogram}s, which stay small for the scorer's 0–100
 * scores however many events are replayed; {@code ReasonStats} (does the explanation name the injected cause) and
 * {@code CampaignStats} (attempts and time until a campaign's first alert). Plain counting: it uses only the
 * scorer's detection names and the dataset's scenarios.
 */
package io.runtimeaccess.evaluation.metrics;
