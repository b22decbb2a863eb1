/**
 * Review items: one piece of access a campaign reviews ({@link ReviewedAccess}: a runtime grant to a user or an
 * end-user group, an end-user group membership, a Keycloak role held directly or through a group or composite, or a
 * waiting proposal) and the recommender's {@link Suggestion} shown beside it. {@link Suggestions} lets a waiting
 * governance proposal speak first, then judges runtime grants by governance's dormancy rule and the realm's
 * {@code unusedDays}, so a review agrees with the unused-access report. The only package of reviews-core using
 * governance-core.
 */
package io.runtimeaccess.reviews.item;
