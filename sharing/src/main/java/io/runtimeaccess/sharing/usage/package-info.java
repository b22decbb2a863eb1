/**
 * Grant-use tracking: when each grant (principal, solution, role) was last exercised, by an allowed check or by a token
 * carrying the user's runtime claims. A check only sets a mark in the in-memory index; {@link GrantUseFlush} takes each
 * node's marks and writes them to {@code RA_GRANT_USE} every interval and at shutdown, and {@link GrantUse} answers the
 * last use of each grant, stored or not yet written, for access intelligence and access-review campaigns.
 */
package io.runtimeaccess.sharing.usage;
