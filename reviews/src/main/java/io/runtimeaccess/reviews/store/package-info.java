/**
 * Storage of access-review campaigns and their review items: the JPA entities {@link CampaignEntity} (table
 * {@code RA_REV_CAMPAIGN}) and {@link ReviewItemEntity} ({@code RA_REV_ITEM}), and {@link ReviewStore}, which answers
 * for one realm (another realm's campaign is a 404). A new campaign's items are written in JDBC batches, not as managed
 * entities, and the evidence is read as plain columns in one query; reviewers are stored as user ids, one per line.
 */
package io.runtimeaccess.reviews.store;
