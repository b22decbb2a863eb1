/**
 * The reviewers' own API under {@code /realms/{realm}/runtime-access/reviews}, called with a reviewer's access token:
 * the items of open campaigns waiting for the caller, and the caller's decisions on them, one or a bulk. Every call
 * acts as the token's user, only on items that user reviews and never on their own access; a service account is
 * refused. {@link ReviewingRealmExtension} mounts {@link ReviewerResource}; admins decide through the admin API.
 */
package io.runtimeaccess.reviews.reviewing;
