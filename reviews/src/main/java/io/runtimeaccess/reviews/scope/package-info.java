/**
 * Reading what a campaign reviews, by scope: a solution's runtime grants, an end-user group's members, the holders of
 * privileged roles, the grants and memberships of users inactive for N days, or the waiting proposals of one governance
 * category. {@link ScopeReader} is the entry point; it and its helpers read set-based, never one query per item.
 * {@link RealmUsers} holds the realm's local users, read in one query, and {@link WaitingProposals} also turns the
 * waiting proposals into suggestions for any campaign.
 */
package io.runtimeaccess.reviews.scope;
