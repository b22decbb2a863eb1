package io.runtimeaccess.mappers.token;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.SerializationConfig;
import io.runtimeaccess.mappers.claim.ClaimPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.keycloak.protocol.oidc.mappers.OIDCAttributeMapperHelper;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;
import org.keycloak.representations.AccessToken;
import org.keycloak.representations.IDToken;
import org.keycloak.util.JsonSerialization;

/**
 * Configuration of the runtime-attributes token mapper: which user attributes feed the contract and
 * under which claim names it is emitted. Parsed once per mapper configuration (see
 * {@link RuntimeAttributesTokenMapper}), never per token.
 */
public final class RuntimeAttributesTokenMapperConfig {

    public static final String GROUPS_ATTRIBUTE = "groups.attribute";
    public static final String BUSINESS_FILTERS_ATTRIBUTE = "business.filters.attribute";
    public static final String DESIGNER_ATTRIBUTE = "designer.attribute";
    public static final String GROUPS_CLAIM = "groups.claim";
    public static final String BUSINESS_FILTERS_CLAIM = "business.filters.claim";
    public static final String DESIGNER_CLAIM = "designer.claim";
    public static final String ORGANIZATION_CLAIM = "organization.claim";

    public static final String DEFAULT_GROUPS_ATTRIBUTE = "flowxIdPGroups";
    public static final String DEFAULT_BUSINESS_FILTERS_ATTRIBUTE = "businessFilter";
    public static final String DEFAULT_DESIGNER_ATTRIBUTE = "designerUser";
    public static final String DEFAULT_GROUPS_CLAIM = "attributes.runtimeGroups";
    public static final String DEFAULT_BUSINESS_FILTERS_CLAIM = "attributes.businessFilters";
    public static final String DEFAULT_DESIGNER_CLAIM = "attributes.designerUser";
    public static final String DEFAULT_ORGANIZATION_CLAIM = "org_id";

    private final String groupsAttribute;
    /**
     * Claims Keycloak sets through the token's own fields: written again as another claim, the JSON would carry the
     * name twice, and readers disagree on which one counts. Read once from how Keycloak's own mapper writes its
     * access and ID tokens, so a field a Keycloak version adds (or one easy to forget: {@code locale},
     * {@code updated_at}, {@code at_hash}) is reserved too.
     */
    static final Set<String> RESERVED_CLAIMS = tokenFields(Set.of("address", "session_state"), AccessToken.class,
            IDToken.class);

    private final String businessFiltersAttribute;
    private final String designerAttribute;
    private final ClaimPath groupsClaim;
    private final ClaimPath businessFiltersClaim;
    private final ClaimPath designerClaim;
    private final ClaimPath organizationClaim;

    /** Reads and parses a mapper configuration; throws IllegalArgumentException naming the bad field. */
    public RuntimeAttributesTokenMapperConfig(Map<String, String> configOrNull) {
        // a mapper saved without a config (Keycloak keeps null then) takes every default, as Keycloak's own do
        Map<String, String> config = configOrNull == null ? Map.of() : configOrNull;
        this.groupsAttribute = text(config, GROUPS_ATTRIBUTE, DEFAULT_GROUPS_ATTRIBUTE);
        this.businessFiltersAttribute = text(config, BUSINESS_FILTERS_ATTRIBUTE, DEFAULT_BUSINESS_FILTERS_ATTRIBUTE);
        this.designerAttribute = text(config, DESIGNER_ATTRIBUTE, DEFAULT_DESIGNER_ATTRIBUTE);
        this.groupsClaim = claim(config, GROUPS_CLAIM, DEFAULT_GROUPS_CLAIM);
        this.businessFiltersClaim = claim(config, BUSINESS_FILTERS_CLAIM, DEFAULT_BUSINESS_FILTERS_CLAIM);
        this.designerClaim = claim(config, DESIGNER_CLAIM, DEFAULT_DESIGNER_CLAIM);
        this.organizationClaim = claim(config, ORGANIZATION_CLAIM, DEFAULT_ORGANIZATION_CLAIM);
        requireApart(List.of(GROUPS_CLAIM, BUSINESS_FILTERS_CLAIM, DESIGNER_CLAIM, ORGANIZATION_CLAIM),
                List.of(groupsClaim, businessFiltersClaim, designerClaim, organizationClaim));
    }

    /** {@code known} (claims Jackson does not list as properties) and the tokens' properties, not their other claims. */
    private static Set<String> tokenFields(Set<String> known, Class<?>... tokens) {
        Set<String> names = new HashSet<>(known);
        for (Class<?> token : tokens) {
            SerializationConfig config = JsonSerialization.mapper.getSerializationConfig();
            config.introspect(JsonSerialization.mapper.constructType(token)).findProperties().stream()
                    .filter(property -> property.getAccessor() == null
                            || !property.getAccessor().hasAnnotation(JsonAnyGetter.class))
                    .forEach(property -> names.add(property.getName()));
        }
        return Set.copyOf(names);
    }

    /** Two claims at one path, or one inside the other, would overwrite each other in every token. */
    private static void requireApart(List<String> keys, List<ClaimPath> paths) {
        for (int i = 0; i < paths.size(); i++) {
            for (int j = i + 1; j < paths.size(); j++) {
                if (paths.get(i).overlaps(paths.get(j))) {
                    throw new IllegalArgumentException(keys.get(i) + ": '" + paths.get(i).expression() + "' overlaps "
                            + keys.get(j) + " '" + paths.get(j).expression() + "'; each claim needs a path of its own");
                }
            }
        }
    }

    static List<ProviderConfigProperty> properties() {
        List<ProviderConfigProperty> properties = new ArrayList<>(ProviderConfigurationBuilder.create()
                .property().name(GROUPS_ATTRIBUTE).label("Groups attribute").type(ProviderConfigProperty.STRING_TYPE)
                .defaultValue(DEFAULT_GROUPS_ATTRIBUTE)
                .helpText("Multivalued user attribute holding the user's end-user group names.").add()
                .property().name(BUSINESS_FILTERS_ATTRIBUTE).label("Business filters attribute")
                .type(ProviderConfigProperty.STRING_TYPE).defaultValue(DEFAULT_BUSINESS_FILTERS_ATTRIBUTE)
                .helpText("Multivalued user attribute holding the user's business-filter values.").add()
                .property().name(DESIGNER_ATTRIBUTE).label("Designer attribute").type(ProviderConfigProperty.STRING_TYPE)
                .defaultValue(DEFAULT_DESIGNER_ATTRIBUTE)
                .helpText("User attribute holding the designer flag (true/false, 1/0, yes/no). Anything else, "
                        + "or no value, is false.").add()
                .property().name(GROUPS_CLAIM).label("Groups claim").type(ProviderConfigProperty.STRING_TYPE)
                .defaultValue(DEFAULT_GROUPS_CLAIM)
                .helpText("Claim path for the groups array; dots nest, '\\.' is a literal dot. Always present, [] when empty.")
                .add()
                .property().name(BUSINESS_FILTERS_CLAIM).label("Business filters claim")
                .type(ProviderConfigProperty.STRING_TYPE).defaultValue(DEFAULT_BUSINESS_FILTERS_CLAIM)
                .helpText("Claim path for the business-filters array. Always present, [] when empty.").add()
                .property().name(DESIGNER_CLAIM).label("Designer claim").type(ProviderConfigProperty.STRING_TYPE)
                .defaultValue(DEFAULT_DESIGNER_CLAIM)
                .helpText("Claim path for the designer boolean. Always present, false unless the attribute says true.")
                .add()
                .property().name(ORGANIZATION_CLAIM).label("Organization claim").type(ProviderConfigProperty.STRING_TYPE)
                .defaultValue(DEFAULT_ORGANIZATION_CLAIM)
                .helpText("Claim path for the organization id, which is the realm's id. Always present.").add()
                .build());
        OIDCAttributeMapperHelper.addIncludeInTokensConfig(properties, RuntimeAttributesTokenMapper.class);
        return properties;
    }

    public String groupsAttribute() {
        return groupsAttribute;
    }

    public String businessFiltersAttribute() {
        return businessFiltersAttribute;
    }

    public String designerAttribute() {
        return designerAttribute;
    }

    public ClaimPath groupsClaim() {
        return groupsClaim;
    }

    public ClaimPath businessFiltersClaim() {
        return businessFiltersClaim;
    }

    public ClaimPath designerClaim() {
        return designerClaim;
    }

    public ClaimPath organizationClaim() {
        return organizationClaim;
    }

    /** The user attributes this mapper reads, for the user-profile declaration check. */
    public List<String> attributes() {
        return List.of(groupsAttribute, businessFiltersAttribute, designerAttribute);
    }

    private static String text(Map<String, String> config, String key, String defaultValue) {
        String value = config.get(key);
        return value == null || value.isBlank() ? defaultValue : value.trim();
    }

    private static ClaimPath claim(Map<String, String> config, String key, String defaultValue) {
        ClaimPath path;
        try {
            path = ClaimPath.parse(text(config, key, defaultValue));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + ": " + e.getMessage());
        }
        if (RESERVED_CLAIMS.contains(path.topClaim())) {
            throw new IllegalArgumentException(key + ": '" + path.topClaim() + "' is a claim Keycloak writes itself;"
                    + " a second one would make the token ambiguous");
        }
        return path;
    }
}
