/**
 * Peer recommendations at scale: {@link PeerRecommenderScale} fits governance-core's peer recommender on a seeded
 * synthetic realm (100,000 users by default), times recommendations and outliers, and prints them with the peak heap
 * as one JSON line. A plain {@code main} program, not JMH, with no Keycloak.
 */
package io.runtimeaccess.bench.governance;
