/**
 * The claim contract in tokens: {@link RuntimeAttributesTokenMapper} writes {@code attributes.runtimeGroups},
 * {@code attributes.businessFilters}, {@code attributes.designerUser} and {@code org_id} from the user's attributes and
 * the realm id, as one mapper so that no mapper order can leave part of it out. {@link ContractValues} computes the
 * same values without issuing a token (the admin API's explanation shows them), and {@link RuntimeClaimsIssued} tells
 * the sharing module's grant-use tracking that a token carried them, without this module depending on sharing.
 */
package io.runtimeaccess.mappers.token;
