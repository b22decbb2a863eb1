package io.runtimeaccess.mappers.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.userprofile.config.UPAttribute;
import org.keycloak.representations.userprofile.config.UPAttributePermissions;
import org.keycloak.representations.userprofile.config.UPConfig;

class AttributeDeclarationCheckTest {

    private static final List<String> USED = List.of("flowxIdPGroups", "businessFilter", "designerUser");

    @Test
    void adminOnlyDeclarationsAreFine() {
        UPConfig profile = profile(null, "admin");
        assertTrue(AttributeDeclarationCheck.findings(profile, USED).isEmpty());
    }

    @Test
    void aDeclarationUsersMayEditIsSelfEditable() {
        UPConfig profile = profile(null, "admin");
        profile.getAttribute("designerUser").setPermissions(new UPAttributePermissions(Set.of("admin", "user"),
                Set.of("admin", "user")));
        AttributeDeclarationCheck.Findings findings = AttributeDeclarationCheck.findings(profile, USED);
        assertEquals(List.of("designerUser"), findings.selfEditable());
        assertEquals(List.of(), findings.ignored());
    }

    @Test
    void viewByUsersAloneIsNotEditing() {
        UPConfig profile = profile(null, "admin");
        profile.getAttribute("businessFilter").setPermissions(new UPAttributePermissions(Set.of("admin", "user"),
                Set.of("admin")));
        assertTrue(AttributeDeclarationCheck.findings(profile, USED).isEmpty());
    }

    @Test
    void undeclaredAttributesAreIgnoredWithoutUnmanagedAttributes() {
        AttributeDeclarationCheck.Findings findings = AttributeDeclarationCheck.findings(new UPConfig(),
                List.of("designerUser", "costCentre"));
        assertEquals(List.of("costCentre", "designerUser"), findings.ignored());
        assertEquals(List.of(), findings.selfEditable());
    }

    @Test
    void enabledUnmanagedAttributesLetUsersEditEveryUndeclaredOne() {
        UPConfig profile = profile(UPConfig.UnmanagedAttributePolicy.ENABLED, "admin");
        profile.removeAttribute("flowxIdPGroups");
        AttributeDeclarationCheck.Findings findings = AttributeDeclarationCheck.findings(profile, USED);
        assertEquals(List.of("flowxIdPGroups"), findings.selfEditable(), "declared admin-only ones stay safe");
        assertEquals(List.of(), findings.ignored());
    }

    @Test
    void adminOnlyUnmanagedPoliciesKeepUndeclaredAttributesFromUsers() {
        for (UPConfig.UnmanagedAttributePolicy policy : List.of(UPConfig.UnmanagedAttributePolicy.ADMIN_EDIT,
                UPConfig.UnmanagedAttributePolicy.ADMIN_VIEW)) {
            UPConfig profile = new UPConfig();
            profile.setUnmanagedAttributePolicy(policy);
            assertTrue(AttributeDeclarationCheck.findings(profile, USED).isEmpty(), policy.name());
        }
    }

    private static UPConfig profile(UPConfig.UnmanagedAttributePolicy unmanaged, String editor) {
        UPConfig profile = new UPConfig();
        profile.setUnmanagedAttributePolicy(unmanaged);
        for (String name : USED) {
            UPAttribute attribute = new UPAttribute(name);
            attribute.setPermissions(new UPAttributePermissions(Set.of("admin"), Set.of(editor)));
            profile.addOrReplaceAttribute(attribute);
        }
        return profile;
    }
}
