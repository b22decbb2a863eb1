/**
 * Recording reviewers' decisions on review items, shared by the admin API and the reviewers' own API.
 * {@link CampaignDecisions} checks a whole bulk before writing anything (every item is the campaign's, a delegate is a
 * user of the realm and not the reviewed user), so a refused bulk changes nothing; a decision may change until the
 * campaign closes, and each one is an admin event. Who may decide is not checked here: the reviewers' API checks it
 * first, and an admin decides any item.
 */
package io.runtimeaccess.reviews.decide;
