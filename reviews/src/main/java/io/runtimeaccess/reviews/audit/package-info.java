/**
 * Admin events of access reviews: every campaign state change and every decision is a CUSTOM admin event under
 * {@code runtime-access/reviews/{campaignId}} (an item's under {@code .../items/{itemId}}), whose representation names
 * the change in {@code event} ({@code started}, {@code recurred}, {@code decided}, {@code reminded}, {@code closed},
 * {@code revocation-applied}). {@link ReviewEvents} records them through sharing's admin-event helper; the auth details
 * name the acting admin or reviewer, or only the realm for the background job.
 */
package io.runtimeaccess.reviews.audit;
