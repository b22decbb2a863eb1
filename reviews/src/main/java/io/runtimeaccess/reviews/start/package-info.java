/**
 * Starting a campaign, by an admin or as the next round of a recurring one: {@link CampaignStart} reads the scope, the
 * grants' last use, the waiting proposals and the reviewers without a query per item, builds every item's suggestion in
 * memory, writes the items in JDBC batches and records the start as an admin event. {@link StoredPlan} reads a stored
 * campaign's rules back, so a recurrence starts under the same ones.
 */
package io.runtimeaccess.reviews.start;
