/**
 * Closing a campaign, by an admin or at its deadline: undecided and delegated items get the campaign's default
 * decision, then, if it auto-applies, revocations are applied in chunks of 500 through the code paths an admin's change
 * takes (sharing's for grants and end-user group memberships, Keycloak's model for roles, governance's queue for
 * proposals). {@link CampaignClosing} is the entry point; each step runs in its own transaction and a failed chunk is
 * redone item by item. Last, the realm's ticket sink is asked for one ticket about the campaign's revocations.
 */
package io.runtimeaccess.reviews.close;
