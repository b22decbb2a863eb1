package io.runtimeaccess.mappers.idp;

import io.runtimeaccess.mappers.claim.ClaimImport;
import io.runtimeaccess.mappers.claim.ClaimPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.keycloak.broker.provider.BrokeredIdentityContext;
import org.keycloak.broker.saml.SAMLEndpoint;
import org.keycloak.broker.saml.SAMLIdentityProviderFactory;
import org.keycloak.dom.saml.v2.assertion.AssertionType;
import org.keycloak.dom.saml.v2.assertion.AttributeStatementType;
import org.keycloak.dom.saml.v2.assertion.AttributeType;
import org.keycloak.models.IdentityProviderMapperModel;
import org.keycloak.models.IdentityProviderSyncMode;
import org.keycloak.provider.ProviderConfigProperty;

/** The SAML twin of {@link RuntimeAttributeIdpMapper}: reads assertion attributes by Name or FriendlyName. */
public class RuntimeAttributeSamlIdpMapper extends AbstractRuntimeAttributeMapper {

    public static final String PROVIDER_ID = "runtime-attribute-saml-idp-mapper";

    private static final String[] COMPATIBLE_PROVIDERS = {SAMLIdentityProviderFactory.PROVIDER_ID};

    private static final List<ProviderConfigProperty> CONFIG_PROPERTIES =
            RuntimeAttributeMapperConfig.properties(RuntimeAttributeMapperConfig.samlSource());

    /** A mapper model for realm templates, tests and admin scripts. */
    public static IdentityProviderMapperModel create(String name, String idpAlias, String userAttribute,
            IdentityProviderSyncMode syncMode, String... attributes) {
        return model(PROVIDER_ID, RuntimeAttributeMapperConfig.SAML_ATTRIBUTES, name, idpAlias, userAttribute, syncMode, attributes);
    }

    /** SAML names are often URNs full of dots, so they are taken literally, never as paths. */
    @Override
    protected ClaimImport parseRule(Map<String, String> config) {
        RuntimeAttributeMapperConfig mapperConfig = new RuntimeAttributeMapperConfig(config);
        return mapperConfig.claimImport(mapperConfig.samlAttributes(), ClaimPath::literal,
                RuntimeAttributeMapperConfig.SAML_ATTRIBUTES);
    }

    /** One claim set holding every attribute under its Name and under its FriendlyName. */
    @Override
    protected List<Map<String, Object>> claimSets(BrokeredIdentityContext context) {
        Object assertion = context.getContextData().get(SAMLEndpoint.SAML_ASSERTION);
        Map<String, Object> byName = new HashMap<>();
        if (assertion instanceof AssertionType) {
            for (AttributeStatementType statement : ((AssertionType) assertion).getAttributeStatements()) {
                for (AttributeStatementType.ASTChoiceType choice : statement.getAttributes()) {
                    AttributeType attribute = choice.getAttribute();
                    if (attribute != null) {
                        addValues(byName, attribute.getName(), attribute.getAttributeValue());
                        if (!Objects.equals(attribute.getFriendlyName(), attribute.getName())) {
                            addValues(byName, attribute.getFriendlyName(), attribute.getAttributeValue());
                        }
                    }
                }
            }
        }
        return List.of(byName);
    }

    @SuppressWarnings("unchecked")
    private static void addValues(Map<String, Object> byName, String name, List<Object> values) {
        if (name == null || values == null) {
            return;
        }
        List<Object> merged = (List<Object>) byName.computeIfAbsent(name, n -> new ArrayList<>());
        for (Object value : values) {
            if (value != null) {
                merged.add(value.toString());
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
        return "Runtime Attribute Importer (SAML)";
    }

    @Override
    public String getHelpText() {
        return "Writes groups, business filters or the designer flag from SAML attributes into a user attribute."
                + SYNC_HELP;
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return CONFIG_PROPERTIES;
    }
}
