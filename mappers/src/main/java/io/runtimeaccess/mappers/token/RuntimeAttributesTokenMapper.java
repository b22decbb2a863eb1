package io.runtimeaccess.mappers.token;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.runtimeaccess.mappers.LogText;
import io.runtimeaccess.mappers.ParsedConfigCache;
import io.runtimeaccess.mappers.claim.ClaimPath;
import io.runtimeaccess.mappers.profile.AttributeDeclarationCheck;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;
import org.keycloak.models.ClientSessionContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ProtocolMapperContainerModel;
import org.keycloak.models.ProtocolMapperModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.protocol.ProtocolMapperConfigException;
import org.keycloak.protocol.oidc.OIDCLoginProtocol;
import org.keycloak.protocol.oidc.mappers.AbstractOIDCProtocolMapper;
import org.keycloak.protocol.oidc.mappers.OIDCAccessTokenMapper;
import org.keycloak.protocol.oidc.mappers.OIDCAttributeMapperHelper;
import org.keycloak.protocol.oidc.mappers.OIDCIDTokenMapper;
import org.keycloak.protocol.oidc.mappers.TokenIntrospectionTokenMapper;
import org.keycloak.protocol.oidc.mappers.UserInfoTokenMapper;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.representations.IDToken;
import org.keycloak.util.JsonSerialization;

/**
 * Emits the runtime claim contract from user attributes: {@code attributes.runtimeGroups} and
 * {@code attributes.businessFilters} (arrays, {@code []} when empty), {@code attributes.designerUser}
 * (boolean, always present) and {@code org_id} (the realm id). One mapper writes the whole object, so
 * no other mapper's order can leave half of it out. Per token it only reads the user's attributes.
 */
public class RuntimeAttributesTokenMapper extends AbstractOIDCProtocolMapper
        implements OIDCAccessTokenMapper, OIDCIDTokenMapper, UserInfoTokenMapper, TokenIntrospectionTokenMapper {

    public static final String PROVIDER_ID = "runtime-attributes-token-mapper";
    /**
     * The authentication method of the session in which Keycloak's admin console previews a user's token (Clients >
     * Client scopes > Evaluate): an admin looking at the claims is not the user exercising the grants.
     */
    static final String ADMIN_PREVIEW = "example-auth";
    /**
     * Keycloak applies a token's mappers in ascending priority (its own claim mappers have 0), whatever client scope
     * each comes from. Running last, this mapper adds the contract to an {@code attributes} object another mapper
     * wrote, instead of that mapper replacing the contract afterwards.
     */
    static final int RUNS_AFTER_CLAIM_MAPPERS = 100;

    private static final List<ProviderConfigProperty> CONFIG_PROPERTIES = RuntimeAttributesTokenMapperConfig.properties();

    private static final ParsedConfigCache<RuntimeAttributesTokenMapperConfig> CONFIGS =
            new ParsedConfigCache<>(RuntimeAttributesTokenMapperConfig::new);
    private static final RuntimeAttributesTokenMapperConfig DEFAULTS = new RuntimeAttributesTokenMapperConfig(Map.of());
    /** The broken configurations reported, by mapper id: each is logged once, not at every token. */
    private static final Map<String, Map<String, String>> REPORTED = new ConcurrentHashMap<>();
    private static final Logger LOG = Logger.getLogger(RuntimeAttributesTokenMapper.class);
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };

    /** A mapper model with the default contract, for realm templates, tests and admin scripts. */
    public static ProtocolMapperModel create(String name, boolean accessToken, boolean idToken, boolean userInfo,
            boolean introspection) {
        ProtocolMapperModel mapper = new ProtocolMapperModel();
        mapper.setName(name);
        mapper.setProtocolMapper(PROVIDER_ID);
        mapper.setProtocol(OIDCLoginProtocol.LOGIN_PROTOCOL);
        Map<String, String> config = new HashMap<>();
        mapper.setConfig(config);
        config.put(OIDCAttributeMapperHelper.INCLUDE_IN_ACCESS_TOKEN, Boolean.toString(accessToken));
        config.put(OIDCAttributeMapperHelper.INCLUDE_IN_ID_TOKEN, Boolean.toString(idToken));
        config.put(OIDCAttributeMapperHelper.INCLUDE_IN_USERINFO, Boolean.toString(userInfo));
        config.put(OIDCAttributeMapperHelper.INCLUDE_IN_INTROSPECTION, Boolean.toString(introspection));
        return mapper;
    }

    @Override
    protected void setClaim(IDToken token, ProtocolMapperModel mappingModel, UserSessionModel userSession,
            KeycloakSession keycloakSession, ClientSessionContext clientSessionCtx) {
        RuntimeAttributesTokenMapperConfig config = usableConfig(mappingModel);
        ContractValues values = ContractValues.of(userSession.getUser(), userSession.getRealm().getId(), config);
        Map<String, Object> claims = token.getOtherClaims();
        asMaps(claims, config);
        config.groupsClaim().write(claims, values.runtimeGroups());
        config.businessFiltersClaim().write(claims, values.businessFilters());
        config.designerClaim().write(claims, values.designerUser());
        config.organizationClaim().write(claims, values.orgId());
        if (!ADMIN_PREVIEW.equals(userSession.getAuthMethod())) {
            RuntimeClaimsIssued.fire(keycloakSession, userSession.getRealm(), userSession.getUser());
        }
    }

    /**
     * Another mapper of JSON type may have written the top claim ({@code attributes}) as a Jackson object: it is
     * turned into a map so that the contract's claims are added to it, not written over it.
     */
    static void asMaps(Map<String, Object> claims, RuntimeAttributesTokenMapperConfig config) {
        asMap(claims, config.groupsClaim());
        asMap(claims, config.businessFiltersClaim());
        asMap(claims, config.designerClaim());
        asMap(claims, config.organizationClaim());
    }

    private static void asMap(Map<String, Object> claims, ClaimPath path) {
        if (claims.get(path.topClaim()) instanceof ObjectNode object) {
            claims.put(path.topClaim(), JsonSerialization.mapper.convertValue(object, OBJECT));
        }
    }

    /**
     * The mapper's configuration, or the default contract when it is broken. Only the protocol-mappers endpoint
     * validates a mapper when it is saved; one that came in another way (embedded in a new client or client scope,
     * a partial or realm import) must not fail every token of every client using it. It is logged as an error once.
     */
    private static RuntimeAttributesTokenMapperConfig usableConfig(ProtocolMapperModel mappingModel) {
        try {
            return CONFIGS.get(mappingModel.getId(), mappingModel.getConfig());
        } catch (IllegalArgumentException e) {
            Map<String, String> config = mappingModel.getConfig() == null ? Map.of() : mappingModel.getConfig();
            if (!config.equals(REPORTED.put(String.valueOf(mappingModel.getId()), new HashMap<>(config)))) {
                LOG.errorf("Token mapper '%s' cannot use its configuration (%s); its tokens carry the default claim "
                        + "contract until the mapper is corrected", LogText.safe(mappingModel.getName()),
                        LogText.safe(e.getMessage()));
            }
            return DEFAULTS;
        }
    }

    /** The configuration a mapper model's tokens use: its parsed one, or the default contract when it is broken. */
    public static RuntimeAttributesTokenMapperConfig config(ProtocolMapperModel mappingModel) {
        return usableConfig(mappingModel);
    }

    /**
     * Rejects a bad claim path when the mapper is saved, and warns if the realm does not declare the
     * attributes or lets users edit them. The start-up check lives with the declaration listener.
     */
    @Override
    public void validateConfig(KeycloakSession session, RealmModel realm, ProtocolMapperContainerModel client,
            ProtocolMapperModel mapperModel) throws ProtocolMapperConfigException {
        RuntimeAttributesTokenMapperConfig config;
        try {
            config = new RuntimeAttributesTokenMapperConfig(mapperModel.getConfig());
        } catch (IllegalArgumentException e) {
            // The message doubles as the message key: Keycloak shows the key when no translation exists.
            throw new ProtocolMapperConfigException(e.getMessage(), e.getMessage());
        }
        AttributeDeclarationCheck.check(session, realm, config.attributes(), "token mapper '" + mapperModel.getName() + "'");
    }

    @Override
    public int getPriority() {
        return RUNS_AFTER_CLAIM_MAPPERS;
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayCategory() {
        return TOKEN_MAPPER_CATEGORY;
    }

    @Override
    public String getDisplayType() {
        return "Runtime attributes (claim contract)";
    }

    @Override
    public String getHelpText() {
        return "Adds attributes.runtimeGroups, attributes.businessFilters, attributes.designerUser and org_id "
                + "from the user's attributes and the realm id.";
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return CONFIG_PROPERTIES;
    }
}
