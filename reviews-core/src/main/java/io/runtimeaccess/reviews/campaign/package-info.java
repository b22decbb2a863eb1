/**
 * Access-review campaign rules as an admin defines them: what a campaign reviews, who reviews each item (a Keycloak
 * group, each user's manager, or the owners of the item's solution or end-user group), its clock, the default decision
 * at the deadline and how often it recurs. {@link CampaignPlan} holds a validated set, built from {@link ReviewScope},
 * {@link ReviewerRule} and {@code Timing}; each factory refuses bad input naming the offending field. No Keycloak
 * types: module reviews binds the JSON to these rules, stores them and reads them back for a recurrence.
 */
package io.runtimeaccess.reviews.campaign;
