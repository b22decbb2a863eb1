package io.runtimeaccess.mappers.idp;

import com.fasterxml.jackson.core.type.TypeReference;
import io.runtimeaccess.mappers.claim.ClaimImport;
import io.runtimeaccess.mappers.claim.ClaimPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.keycloak.broker.oidc.KeycloakOIDCIdentityProviderFactory;
import org.keycloak.broker.oidc.OIDCIdentityProvider;
import org.keycloak.broker.oidc.OIDCIdentityProviderFactory;
import org.keycloak.broker.provider.BrokeredIdentityContext;
import org.keycloak.models.IdentityProviderMapperModel;
import org.keycloak.models.IdentityProviderSyncMode;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.representations.JsonWebToken;
import org.keycloak.util.JsonSerialization;

/**
 * Imports OIDC claims (ID token, then access token, then userinfo) into a user attribute, with the
 * transforms of {@link RuntimeAttributeMapperConfig}.
 */
public class RuntimeAttributeIdpMapper extends AbstractRuntimeAttributeMapper {

    public static final String PROVIDER_ID = "runtime-attribute-idp-mapper";

    private static final String[] COMPATIBLE_PROVIDERS = {
        KeycloakOIDCIdentityProviderFactory.PROVIDER_ID, OIDCIdentityProviderFactory.PROVIDER_ID};

    private static final List<ProviderConfigProperty> CONFIG_PROPERTIES =
            RuntimeAttributeMapperConfig.properties(RuntimeAttributeMapperConfig.oidcSource());

    private static final TypeReference<Map<String, Object>> CLAIM_SET = new TypeReference<>() {
    };

    /** A mapper model for realm templates, tests and admin scripts. */
    public static IdentityProviderMapperModel create(String name, String idpAlias, String userAttribute,
            IdentityProviderSyncMode syncMode, String... claims) {
        return model(PROVIDER_ID, RuntimeAttributeMapperConfig.CLAIMS, name, idpAlias, userAttribute, syncMode, claims);
    }

    @Override
    protected ClaimImport parseRule(Map<String, String> config) {
        RuntimeAttributeMapperConfig mapperConfig = new RuntimeAttributeMapperConfig(config);
        return mapperConfig.claimImport(mapperConfig.claims(), ClaimPath::parse, RuntimeAttributeMapperConfig.CLAIMS);
    }

    /**
     * The tokens are converted to plain maps at each mapper's turn so typed fields (realm_access, email)
     * are found by path just like custom claims.
     */
    @Override
    protected List<Map<String, Object>> claimSets(BrokeredIdentityContext context) {
        Map<String, Object> data = context.getContextData();
        List<Map<String, Object>> sets = new ArrayList<>(3);
        addIfPresent(sets, data.get(OIDCIdentityProvider.VALIDATED_ID_TOKEN));
        addIfPresent(sets, data.get(OIDCIdentityProvider.VALIDATED_ACCESS_TOKEN));
        addIfPresent(sets, data.get(OIDCIdentityProvider.USER_INFO));
        return sets;
    }

    static void addIfPresent(List<Map<String, Object>> sets, Object source) {
        if (source != null) {
            Map<String, Object> claims = JsonSerialization.mapper.convertValue(source, CLAIM_SET);
            if (claims != null) {
                if (source instanceof JsonWebToken token) {
                    // Keycloak's mapper leaves null fields out when it converts a token, so a claim the identity
                    // provider sent as JSON null would read as not sent (and, under "keep", keep the last value):
                    // put those back, as the userinfo response (a JSON tree) already has them
                    token.getOtherClaims().forEach((name, value) -> {
                        if (value == null) {
                            claims.putIfAbsent(name, null);
                        }
                    });
                }
                sets.add(claims);
            }
        }
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String[] getCompatibleProviders() {
        return COMPATIBLE_PROVIDERS.clone();
    }

    @Override
    public String getDisplayType() {
        return "Runtime Attribute Importer";
    }

    @Override
    public String getHelpText() {
        return "Writes groups, business filters or the designer flag from any claim into a user attribute."
                + SYNC_HELP;
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return CONFIG_PROPERTIES;
    }
}
