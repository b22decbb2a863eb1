package io.runtimeaccess.mappers.token;

import io.runtimeaccess.mappers.claim.BooleanValue;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.keycloak.models.UserModel;

/**
 * The values of the claim contract for one user, as {@link RuntimeAttributesTokenMapper} writes them into
 * a token. Shared with anything that must show what a user's token carries without issuing one (the admin
 * API's explanation), so the two can never disagree.
 */
public record ContractValues(List<String> runtimeGroups, List<String> businessFilters, boolean designerUser,
        String orgId) {

    /** Reads the user's attributes named by {@code config}; {@code realmId} is the organization id. */
    public static ContractValues of(UserModel user, String realmId, RuntimeAttributesTokenMapperConfig config) {
        return new ContractValues(values(user, config.groupsAttribute()), values(user, config.businessFiltersAttribute()),
                BooleanValue.isTrue(user.getFirstAttribute(config.designerAttribute())), realmId);
    }

    /** The default contract's configuration, for a realm without the mapper. */
    public static RuntimeAttributesTokenMapperConfig defaults() {
        return new RuntimeAttributesTokenMapperConfig(Map.of());
    }

    private static List<String> values(UserModel user, String attribute) {
        return user.getAttributeStream(attribute).collect(Collectors.toList());
    }
}
