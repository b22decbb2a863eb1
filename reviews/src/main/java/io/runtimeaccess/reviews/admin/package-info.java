/**
 * The admin REST API of access-review campaigns under {@code /admin/realms/{realm}/runtime-access/reviews/campaigns}:
 * start, list and read campaigns and their items, record decisions (the admin override), close one early and export a
 * closed one's evidence. {@link ReviewsAdminExtension} mounts {@link ReviewsResource}; {@link CampaignBody} binds the
 * JSON bodies strictly and turns the core's refusals into a 400 naming the field. Reading needs realm-management
 * {@code view-users}, everything else {@code manage-users}. The reviewers' own API reuses its bodies and views.
 */
package io.runtimeaccess.reviews.admin;
