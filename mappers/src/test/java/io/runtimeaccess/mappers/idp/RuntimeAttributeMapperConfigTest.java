package io.runtimeaccess.mappers.idp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runtimeaccess.mappers.claim.AttributeUpdate;
import io.runtimeaccess.mappers.claim.ClaimImport;
import io.runtimeaccess.mappers.claim.ClaimPath;
import io.runtimeaccess.mappers.claim.ValueTransforms;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.keycloak.models.IdentityProviderMapperModel;
import org.keycloak.models.IdentityProviderSyncMode;
import org.keycloak.provider.ProviderConfigProperty;

class RuntimeAttributeMapperConfigTest {

    /** Keycloak's console starts a new identity provider with Import: the help text says what each mode does. */
    @Test
    void theHelpTextsSayWhatImportAndForceDo() {
        for (String help : List.of(new RuntimeAttributeIdpMapper().getHelpText(),
                new RuntimeAttributeSamlIdpMapper().getHelpText())) {
            assertTrue(help.contains("with Import, the default of a new identity provider, it is written at the first"
                    + " login only") && help.contains("Force"), help);
            assertTrue(help.contains("attribute. With sync mode Force"), "one sentence after the other: " + help);
        }
    }

    @Test
    void readsMultivaluedSourcesAsKeycloakStoresThem() {
        RuntimeAttributeMapperConfig config = new RuntimeAttributeMapperConfig(
                Map.of(RuntimeAttributeMapperConfig.CLAIMS, "groups## memberOf ####realm_access.roles"));
        assertEquals(List.of("groups", "memberOf", "realm_access.roles"), config.claims());
    }

    @Test
    void defaultsApplyWhenKeysAreMissing() {
        RuntimeAttributeMapperConfig config = new RuntimeAttributeMapperConfig(Map.of(
                RuntimeAttributeMapperConfig.CLAIMS, "groups"));
        assertEquals("flowxIdPGroups", config.userAttribute());
        ClaimImport rule = config.claimImport(config.claims(), ClaimPath::parse, RuntimeAttributeMapperConfig.CLAIMS);
        AttributeUpdate update = rule.evaluate(List.of(Map.of("groups", List.of(" a ", "a", "b"))));
        assertEquals(List.of("a", "b"), update.values(), "trim and de-duplicate are on by default");
        assertEquals(AttributeUpdate.Action.REMOVE, rule.evaluate(List.of(Map.of())).action(), "absent removes");
    }

    @Test
    void createHelpersBuildModelsTheirConfigReadsBack() {
        IdentityProviderMapperModel oidc = RuntimeAttributeIdpMapper.create("groups", "entra", "flowxIdPGroups",
                IdentityProviderSyncMode.FORCE, "groups", "memberOf");
        assertEquals(RuntimeAttributeIdpMapper.PROVIDER_ID, oidc.getIdentityProviderMapper());
        assertEquals("FORCE", oidc.getConfig().get(IdentityProviderMapperModel.SYNC_MODE));
        assertEquals(List.of("groups", "memberOf"), new RuntimeAttributeMapperConfig(oidc.getConfig()).claims());
        IdentityProviderMapperModel saml = RuntimeAttributeSamlIdpMapper.create("designer", "adfs", "designerUser",
                IdentityProviderSyncMode.LEGACY, "urn:oid:1.3.6.1");
        assertEquals(List.of("urn:oid:1.3.6.1"), new RuntimeAttributeMapperConfig(saml.getConfig()).samlAttributes());
        assertEquals("designerUser", new RuntimeAttributeMapperConfig(saml.getConfig()).userAttribute());
    }

    @Test
    void maxValuesUpToTheCapIsAcceptedAndKeepsThatManyValues() {
        int cap = ValueTransforms.MAX_MAX_VALUES;
        ClaimImport rule = claimImportWithMaxValues(String.valueOf(cap));
        List<String> values = IntStream.rangeClosed(0, cap).mapToObj(i -> "group-" + i).collect(Collectors.toList());
        assertEquals(values.subList(0, cap), rule.evaluate(List.of(Map.of("groups", values))).values());
        assertThrows(IllegalArgumentException.class, () -> claimImportWithMaxValues(String.valueOf(cap + 1)));
    }

    private static ClaimImport claimImportWithMaxValues(String maxValues) {
        RuntimeAttributeMapperConfig config = new RuntimeAttributeMapperConfig(Map.of(
                RuntimeAttributeMapperConfig.CLAIMS, "groups", RuntimeAttributeMapperConfig.MAX_VALUES, maxValues));
        return config.claimImport(config.claims(), ClaimPath::parse, RuntimeAttributeMapperConfig.CLAIMS);
    }

    @Test
    void configProblemIsReportedForSavedMappersOfBothKinds() {
        IdentityProviderMapperModel oidc = RuntimeAttributeIdpMapper.create("groups", "entra", "flowxIdPGroups",
                IdentityProviderSyncMode.FORCE, "groups");
        assertEquals(null, AbstractRuntimeAttributeMapper.configProblem(oidc));
        oidc.getConfig().put(RuntimeAttributeMapperConfig.MAX_VALUES, "100000");
        assertTrue(AbstractRuntimeAttributeMapper.configProblem(oidc).startsWith("max.values"));
        IdentityProviderMapperModel saml = RuntimeAttributeSamlIdpMapper.create("designer", "adfs", "designerUser",
                IdentityProviderSyncMode.LEGACY);
        assertTrue(AbstractRuntimeAttributeMapper.configProblem(saml).startsWith("attributes"),
                "a SAML mapper without attributes names its own source field");
    }

    @Test
    void badConfigurationNamesTheField() {
        assertMessageStarts(Map.of(), "claims");
        assertMessageStarts(Map.of("claims", "groups", "max.values", "many"), "max.values");
        assertMessageStarts(Map.of("claims", "groups", "max.values", "99999999999"), "max.values");
        assertMessageStarts(Map.of("claims", "groups", "max.values", "1025"), "max.values");
        assertMessageStarts(Map.of("claims", "groups", "max.values", "-1"), "max.values");
        assertMessageStarts(Map.of("claims", "groups", "extract.pattern", "("), "extract pattern");
        assertMessageStarts(Map.of("claims", "groups", "value.type", "number"), "value type");
        assertMessageStarts(Map.of("claims", "groups", "absent.claim", "ignore"), "absent-claim policy");
        assertMessageStarts(Map.of("claims", "mail", "user.attribute", "email"), "user.attribute");
        assertMessageStarts(Map.of("claims", "groups", "user.attribute", " username "), "user.attribute");
    }

    @Test
    void propertiesDeclareEveryKeyOnce() {
        List<String> names = RuntimeAttributeMapperConfig.properties(RuntimeAttributeMapperConfig.oidcSource())
                .stream().map(ProviderConfigProperty::getName).collect(Collectors.toList());
        assertEquals(List.of("claims", "user.attribute", "value.type", "split.delimiter", "extract.pattern",
                "allow.pattern", "trim", "deduplicate", "max.values", "absent.claim"), names);
    }

    private static void assertMessageStarts(Map<String, String> raw, String field) {
        RuntimeAttributeMapperConfig config = new RuntimeAttributeMapperConfig(raw);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> config.claimImport(config.claims(), ClaimPath::parse, RuntimeAttributeMapperConfig.CLAIMS));
        assertTrue(e.getMessage().startsWith(field), e.getMessage());
    }
}
