/**
 * Audit evidence of a closed access-review campaign: one {@link EvidenceRow} per item (the access and its source, the
 * suggestion, the decision, who made it, when and why, and what was applied at close) and the {@link CampaignFacts} of
 * the campaign. {@link EvidenceWriter} streams them as CSV (through opencsv) or JSON (Jackson's streaming generator),
 * so a campaign of 100,000 items never sits in memory as text. The only package of reviews-core that writes a file
 * format; reading the rows from the database is left to module reviews.
 */
package io.runtimeaccess.reviews.evidence;
