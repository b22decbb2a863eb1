/**
 * Finding each review item's reviewers when a campaign starts, by the campaign's rule: the members of a Keycloak group,
 * each user's manager attribute (a username or an id), or the owners of the item's solution or end-user group, and the
 * fallback reviewers when the rule finds nobody but the reviewed user. {@link ReviewerLookup} reads what the rule needs
 * with one query for the whole campaign, not one per item; the rule itself is decided in reviews-core.
 */
package io.runtimeaccess.reviews.reviewer;
