package io.runtimeaccess.sharing.claim;

import io.runtimeaccess.mappers.claim.BooleanValue;
import io.runtimeaccess.mappers.token.RuntimeAttributesTokenMapperConfig;
import io.runtimeaccess.sharing.check.Subject;
import org.keycloak.models.UserModel;

/**
 * Reads the designer flag and business filters from the user attributes of the claim contract
 * ({@code designerUser}, {@code businessFilter}). The user comes from Keycloak's user cache.
 */
public final class RuntimeAttributes {

    private RuntimeAttributes() {
    }

    public static Subject subjectOf(UserModel user) {
        boolean designer = BooleanValue.isTrue(
                user.getFirstAttribute(RuntimeAttributesTokenMapperConfig.DEFAULT_DESIGNER_ATTRIBUTE));
        String[] filters = user.getAttributeStream(RuntimeAttributesTokenMapperConfig.DEFAULT_BUSINESS_FILTERS_ATTRIBUTE)
                .toArray(String[]::new);
        return new Subject(user.getId(), designer, filters);
    }
}
