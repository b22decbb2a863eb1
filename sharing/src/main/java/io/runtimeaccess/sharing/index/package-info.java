/**
 * This node's compiled access index per realm, which the check API answers from: {@link AccessIndexes} loads a realm's
 * index from the store on the first check after a change, and drops it once a change's transaction has committed, here
 * and, through Keycloak's cluster provider ({@link SharingChanged}), on every other node. An index is also reloaded
 * after at most ten minutes, in case a node missed an event. IndexCache installs a load only if no change committed
 * meanwhile, and hands replaced indexes on so their grant-use marks are not lost.
 */
package io.runtimeaccess.sharing.index;
