package io.runtimeaccess.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/**
 * The privileged-roles scope on a real Keycloak: roles held through a Keycloak group (or its parent) or through a
 * composite are reviewed with their path, and revoking them removes the membership or the composite's mapping.
 */
@KeycloakIntegrationTest(config = RuntimeAccessServerConfig.class)
class PrivilegedRoleReviewIT extends AbstractReviewIT {


    /**
     * A privileged role held through a Keycloak group (mapped on the parent of the group the user is a member of) and
     * one held through a composite of a composite are reviewed with their paths, and revoking them removes the
     * membership and the composite's mapping: the users no longer hold the roles.
     */
    @Test
    void privilegedRolesHeldThroughAGroupOrACompositeAreReviewedAndRevoked() {
        String gina = createOrganizationUser("rev-gina");
        String hugo = createOrganizationUser("rev-hugo");
        String iris = createOrganizationUser("rev-iris");
        createOrganizationUser("rev-role-auditor");
        ClientRepresentation management = organization.admin().clients().findByClientId("realm-management").get(0);
        RoleRepresentation manageUsers = organization.admin().clients().get(management.getId()).roles()
                .get("manage-users").toRepresentation();
        RoleRepresentation manageRealm = organization.admin().clients().get(management.getId()).roles()
                .get("manage-realm").toRepresentation();
        String finance = topGroup("REV Finance");
        String approvers = subGroup(finance, "Approvers");
        organization.admin().groups().group(finance).roles().clientLevel(management.getId())
                .add(List.of(manageUsers));
        organization.admin().users().get(gina).joinGroup(approvers);
        organization.admin().users().get(iris).joinGroup(approvers);
        organization.admin().roles().create(new RoleRepresentation("rev-ops-base", null, false));
        organization.admin().roles().create(new RoleRepresentation("rev-finance-ops", null, false));
        organization.admin().rolesById().addComposites(organization.admin().roles().get("rev-ops-base")
                .toRepresentation().getId(), List.of(manageRealm));
        organization.admin().rolesById().addComposites(organization.admin().roles().get("rev-finance-ops")
                .toRepresentation().getId(), List.of(organization.admin().roles().get("rev-ops-base")
                .toRepresentation()));
        organization.admin().users().get(hugo).roles().realmLevel()
                .add(List.of(organization.admin().roles().get("rev-finance-ops").toRepresentation()));
        assertTrue(holds(gina, management.getId(), "manage-users") && holds(hugo, management.getId(), "manage-realm"));

        String id = start("{\"name\":\"REV privileged\",\"scope\":{\"type\":\"privileged-roles\"},"
                + "\"reviewers\":{\"type\":\"manager\",\"fallback\":[\"rev-role-auditor\"]},\"duration\":\"P1D\"}")
                .get("id").asText();
        Map<String, JsonNode> items = items(id);
        JsonNode ginas = items.get("rev-gina");
        assertEquals("group-role", ginas.get("type").asText(), items.toString());
        assertEquals("client-role:realm-management:manage-users", ginas.get("access").asText());
        assertEquals("group:/REV Finance/Approvers", ginas.get("source").asText());
        assertTrue(ginas.get("label").asText().contains("revoking removes the user from this group"), ginas.toString());
        JsonNode hugos = items.get("rev-hugo");
        assertEquals("composite-role", hugos.get("type").asText(), items.toString());
        assertEquals("client-role:realm-management:manage-realm", hugos.get("access").asText());
        assertEquals("composite:rev-finance-ops", hugos.get("source").asText());
        assertTrue(hugos.get("label").asText().contains("mapping of rev-finance-ops"), hugos.toString());

        HttpResponse<String> decided = adminPost(CAMPAIGNS + "/" + id + "/decisions", "{\"decisions\":["
                + revoke(items, "rev-gina") + "," + revoke(items, "rev-hugo") + "," + revoke(items, "rev-iris") + "]}");
        assertEquals(200, decided.statusCode(), decided.body());
        organization.admin().users().get(iris).leaveGroup(approvers);
        HttpResponse<String> closed = adminPost(CAMPAIGNS + "/" + id + "/close", "{}");
        assertEquals(200, closed.statusCode(), closed.body());
        Map<String, JsonNode> applied = items(id);
        assertEquals("revoked", applied.get("rev-gina").get("applied").asText());
        assertEquals("revoked", applied.get("rev-hugo").get("applied").asText());
        assertEquals("already-gone", applied.get("rev-iris").get("applied").asText(), "iris left the group herself");
        assertFalse(holds(gina, management.getId(), "manage-users"), "gina left the group that gave the role");
        assertTrue(organization.admin().users().get(gina).groups().isEmpty());
        assertFalse(holds(hugo, management.getId(), "manage-realm"), "hugo's composite mapping went");
        assertTrue(organization.admin().users().get(hugo).roles().realmLevel().listAll().stream()
                .noneMatch(role -> role.getName().equals("rev-finance-ops")));
        organization.admin().groups().group(finance).remove();
        organization.admin().roles().deleteRole("rev-finance-ops");
        organization.admin().roles().deleteRole("rev-ops-base");
    }
    /**
     * One Keycloak group gives a user two admin roles: two items, and revoking either takes the user out of the group.
     * Keeping one and revoking the other leaves the user in the group: the revoke is not applied and says why.
     */
    @Test
    void aRevokeThatWouldUndoAKeepOfTheSameGroupIsNotApplied() {
        String lou = createOrganizationUser("rev-lou");
        createOrganizationUser("rev-lou-auditor");
        ClientRepresentation management = organization.admin().clients().findByClientId("realm-management").get(0);
        String desk = topGroup("REV Desk");
        organization.admin().groups().group(desk).roles().clientLevel(management.getId()).add(List.of(
                organization.admin().clients().get(management.getId()).roles().get("manage-users").toRepresentation(),
                organization.admin().clients().get(management.getId()).roles().get("manage-clients")
                        .toRepresentation()));
        organization.admin().users().get(lou).joinGroup(desk);
        try {
            String id = start("{\"name\":\"REV desk\",\"scope\":{\"type\":\"privileged-roles\"},\"reviewers\":"
                    + "{\"type\":\"manager\",\"fallback\":[\"rev-lou-auditor\"]},\"duration\":\"P1D\"}").get("id")
                    .asText();
            List<JsonNode> lous = new java.util.ArrayList<>();
            Oidc.json(adminGet(CAMPAIGNS + "/" + id + "/items").body()).forEach(item -> {
                if (item.get("username").asText().equals("rev-lou")) {
                    lous.add(item);
                }
            });
            assertEquals(2, lous.size(), lous.toString());
            String keep = lous.get(0).get("id").asText();
            String revoke = lous.get(1).get("id").asText();
            assertEquals(200, adminPost(CAMPAIGNS + "/" + id + "/decisions", "{\"decisions\":[{\"itemId\":\"" + keep
                    + "\",\"decision\":\"approve\",\"justification\":\"needed\"},{\"itemId\":\"" + revoke
                    + "\",\"decision\":\"revoke\",\"justification\":\"not needed\"}]}").statusCode());
            assertEquals(200, adminPost(CAMPAIGNS + "/" + id + "/close", "{}").statusCode());
            JsonNode revoked = null;
            for (JsonNode item : Oidc.json(adminGet(CAMPAIGNS + "/" + id + "/items").body())) {
                revoked = item.get("id").asText().equals(revoke) ? item : revoked;
            }
            assertNotNull(revoked, "the revoked item is listed");
            assertTrue(revoked.get("applied").asText().startsWith("not-applied: the same group"), revoked.toString());
            String itemPath = "runtime-access/reviews/" + id + "/items/" + revoke;
            assertEquals(List.of("revocation-not-applied"), events("ACTION", itemPath), "the trail shows the outcome");
            assertTrue(events("DELETE", itemPath).isEmpty(), "nothing was revoked");
            assertEquals(1, organization.admin().users().get(lou).groups().size(), "lou stays in the group");
        } finally {
            organization.admin().groups().group(desk).remove();
        }
    }

    /**
     * A campaign takes roles away in the name of the admin who starts or closes it, so that admin needs what
     * Keycloak's role-mapping API asks for the same change: with manage-users alone (not the right to map
     * manage-realm), starting a privileged-roles campaign that could revoke manage-realm is 403 and creates nothing,
     * recording a revoke of it or delegating its item (to the admin's own account) is 403 and records nothing, and
     * closing one that revokes it is 403 and leaves the role.
     */
    @Test
    void manageUsersAloneCannotTakeAwayAnAdminRoleThroughACampaign() {
        String kim = createOrganizationUser("rev-kira");
        grantRealmManagement(organization, kim, "manage-realm");
        createOrganizationUser("rev-kira-auditor");
        String usersAdmin = organizationAdminToken("rev-users-admin", "manage-users", "view-users");
        String body = "{\"name\":\"REV by a users admin\",\"scope\":{\"type\":\"privileged-roles\"},"
                + "\"reviewers\":{\"type\":\"manager\",\"fallback\":[\"rev-kira-auditor\"]},\"duration\":\"P1D\"}";
        HttpResponse<String> refused = adminCall("POST", CAMPAIGNS, usersAdmin, body);
        assertEquals(403, refused.statusCode(), refused.body());
        assertFalse(adminGet(CAMPAIGNS).body().contains("REV by a users admin"), "no campaign was created");

        String id = start(body).get("id").asText();
        Map<String, JsonNode> items = items(id);
        assertEquals("role", items.get("rev-kira").get("type").asText(), items.toString());
        // nor record the revoke for the deadline's close to apply in the starter's name
        HttpResponse<String> notRecorded = adminCall("POST", CAMPAIGNS + "/" + id + "/decisions", usersAdmin,
                "{\"decisions\":[" + revoke(items, "rev-kira") + "]}");
        assertEquals(403, notRecorded.statusCode(), notRecorded.body());
        // nor hand the item to an account of their own, whose revoke (or the default) the close would apply
        HttpResponse<String> notDelegated = adminCall("POST", CAMPAIGNS + "/" + id + "/decisions", usersAdmin,
                decision(itemId(items, "rev-kira"), "delegate", "rev-users-admin"));
        assertEquals(403, notDelegated.statusCode(), notDelegated.body());
        assertTrue(absent(items(id).get("rev-kira"), "decision"), "nothing was recorded");
        assertEquals(List.of("rev-kira-auditor"), names(items(id).get("rev-kira").get("reviewers")));
        assertEquals(200, adminPost(CAMPAIGNS + "/" + id + "/decisions", "{\"decisions\":[" + revoke(items, "rev-kira")
                + "]}").statusCode());
        String management = organization.admin().clients().findByClientId("realm-management").get(0).getId();
        HttpResponse<String> notClosed = adminCall("POST", CAMPAIGNS + "/" + id + "/close", usersAdmin, "{}");
        assertEquals(403, notClosed.statusCode(), notClosed.body());
        assertTrue(holds(kim, management, "manage-realm"), "the role stays");
        assertEquals("open", Oidc.json(adminGet(CAMPAIGNS + "/" + id).body()).get("state").asText());

        HttpResponse<String> closed = adminPost(CAMPAIGNS + "/" + id + "/close", "{}");
        assertEquals(200, closed.statusCode(), closed.body());
        assertEquals("revoked", items(id).get("rev-kira").get("applied").asText());
        assertFalse(holds(kim, management, "manage-realm"));
    }
    /**
     * A client role whose key (client id and role name) is longer than the item's stored reference: a composite of a
     * client with a 250-character client id (a long SAML entity id, say) that contains manage-realm. The campaign
     * starts (it used to fail writing the item) and revoking it removes the user's mapping of the composite.
     */
    @Test
    void aRoleOfAClientWithAVeryLongIdIsReviewedAndRevoked() {
        String clientId = "https://sp.example.test/" + "saml/".repeat(45) + "x";
        ClientRepresentation client = new ClientRepresentation();
        client.setClientId(clientId);
        client.setProtocol("saml");
        organization.admin().clients().create(client).close();
        String clientUuid = organization.admin().clients().findByClientId(clientId).get(0).getId();
        try {
            organization.admin().clients().get(clientUuid).roles().create(new RoleRepresentation("ops", null, false));
            String management = organization.admin().clients().findByClientId("realm-management").get(0).getId();
            RoleRepresentation ops = organization.admin().clients().get(clientUuid).roles().get("ops").toRepresentation();
            organization.admin().rolesById().addComposites(ops.getId(), List.of(organization.admin().clients()
                    .get(management).roles().get("manage-realm").toRepresentation()));
            String lena = createOrganizationUser("rev-lena");
            createOrganizationUser("rev-lena-auditor");
            organization.admin().users().get(lena).roles().clientLevel(clientUuid).add(List.of(ops));

            String id = start("{\"name\":\"REV long client\",\"scope\":{\"type\":\"privileged-roles\"},"
                    + "\"reviewers\":{\"type\":\"manager\",\"fallback\":[\"rev-lena-auditor\"]},\"duration\":\"P1D\"}")
                    .get("id").asText();
            Map<String, JsonNode> items = items(id);
            assertEquals("composite-role", items.get("rev-lena").get("type").asText(), items.toString());
            assertEquals(200, adminPost(CAMPAIGNS + "/" + id + "/decisions", "{\"decisions\":["
                    + revoke(items, "rev-lena") + "]}").statusCode());
            HttpResponse<String> closed = adminPost(CAMPAIGNS + "/" + id + "/close", "{}");
            assertEquals(200, closed.statusCode(), closed.body());
            assertEquals("revoked", items(id).get("rev-lena").get("applied").asText());
            assertFalse(holds(lena, management, "manage-realm"), "the composite's mapping went");
        } finally {
            organization.admin().clients().get(clientUuid).remove();
        }
    }
}
