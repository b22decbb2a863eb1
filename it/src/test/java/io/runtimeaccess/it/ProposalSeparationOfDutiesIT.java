package io.runtimeaccess.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/**
 * An approved proposal that adds a Keycloak role is checked by the separation-of-duties guard for every role it
 * brings: a composite carrying a rule's role is refused like the role itself, and an override goes past it. Before,
 * only Keycloak's role listener saw the composite's roles: it refused even an approval with an override (it cannot
 * carry one), and it does not act at all outside an admin request (a nightly run in auto-low-risk). The proposal is
 * written into the queue's table, as a run would write a peer recommendation, so the test needs a database it can
 * reach (PostgreSQL or MariaDB).
 */
@KeycloakIntegrationTest(config = RuntimeAccessServerConfig.class)
class ProposalSeparationOfDutiesIT extends AbstractSharingIT {

    private static final String GOV = "governance/";

    @Test
    void anApprovedCompositeIsCheckedForTheRolesItContains() throws SQLException {
        String creator = role("psod-creator");
        role("psod-approver");
        role("psod-bundle");
        organization.admin().roles().get("psod-bundle").addComposites(
                List.of(organization.admin().roles().get("psod-approver").toRepresentation()));
        String sam = createOrganizationUser("psod-sam");
        organization.admin().users().get(sam).roles().realmLevel().add(
                List.of(organization.admin().roles().get(creator).toRepresentation()));
        String rule = sodRule("PSOD pay", "global", null, List.of("realm-role:psod-creator", "realm-role:psod-approver"),
                "prevent", true);
        assertEquals(200, adminPut(GOV + "settings", "{\"mode\":\"approve\"}").statusCode());
        try {
            String proposal = waitingProposal(sam, "realm-role:psod-bundle");

            HttpResponse<String> refused = adminPost(GOV + "proposals/" + proposal + "/approve", "{}");
            assertEquals(409, refused.statusCode(), refused.body());
            assertEquals("sod_violation", Oidc.json(refused.body()).get("error").asText(), refused.body());
            assertTrue(refused.body().contains("PSOD pay"), refused.body());
            assertFalse(holds(sam, "psod-bundle"), "the composite was not granted");
            assertEquals("proposed", status(proposal), "the proposal waits again");

            HttpResponse<String> overridden = adminPost(GOV + "proposals/" + proposal + "/approve",
                    "{\"sodOverride\":\"payments cover for the quarter end\"}");
            assertEquals(200, overridden.statusCode(), overridden.body());
            assertEquals("applied", Oidc.json(overridden.body()).get("status").asText(), overridden.body());
            assertTrue(holds(sam, "psod-bundle"), "an override goes past the rule, as on the admin API");
        } finally {
            assertEquals(204, adminDelete(SOD + "rules/" + rule).statusCode());
            assertEquals(200, adminPut(GOV + "settings", "{\"mode\":\"report\"}").statusCode());
        }
    }

    /**
     * A proposal left waiting past the queue's 30 days is expired evidence even before a submission marks it so (a
     * realm no run reaches): approving it is a 409 naming status, and nothing is applied.
     */
    @Test
    void aProposalPastItsThirtyDaysIsNotApproved() throws SQLException {
        role("psod-stale");
        String val = createOrganizationUser("psod-val");
        assertEquals(200, adminPut(GOV + "settings", "{\"mode\":\"approve\"}").statusCode());
        try {
            String proposal = waitingProposal(val, "realm-role:psod-stale", "REALM_ROLE",
                    System.currentTimeMillis() - Duration.ofDays(31).toMillis());
            HttpResponse<String> refused = adminPost(GOV + "proposals/" + proposal + "/approve", "{}");
            assertRefused(refused, 409, "status");
            assertTrue(refused.body().contains("expired"), refused.body());
            assertFalse(holds(val, "psod-stale"), "nothing was applied");
        } finally {
            assertEquals(200, adminPut(GOV + "settings", "{\"mode\":\"report\"}").statusCode());
        }
    }

    /**
     * Approving applies the change in the approver's name: an admin holding only manage-users must not make anyone
     * realm-admin through the queue, alone or in bulk, as Keycloak's own role mapping refuses them; nor through a
     * Keycloak group that carries it, which Keycloak's own group join would let them do.
     */
    @Test
    void approvingAnAdminRoleNeedsTheRightToMapIt() throws SQLException {
        enableAdminEvents();
        String tom = createOrganizationUser("psod-tom");
        String helpdesk = organizationAdminToken("psod-helpdesk", "view-users", "manage-users");
        assertEquals(200, adminPut(GOV + "settings", "{\"mode\":\"approve\"}").statusCode());
        try {
            String proposal = waitingProposal(tom, "client-role:realm-management:realm-admin", "CLIENT_ROLE");
            HttpResponse<String> refused = adminCall("POST", GOV + "proposals/" + proposal + "/approve", helpdesk, "{}");
            assertEquals(403, refused.statusCode(), refused.body());
            JsonNode bulk = Oidc.json(adminCall("POST", GOV + "proposals/bulk", helpdesk,
                    "{\"action\":\"approve\",\"ids\":[\"" + proposal + "\"]}").body());
            assertTrue(bulk.get("results").get(0).get("error").asText().startsWith("forbidden"), bulk.toString());
            assertEquals("proposed", status(proposal), "still waiting for an admin who may map the role");
            assertTrue(organization.admin().users().get(tom).roles().getAll().getClientMappings() == null
                    || !organization.admin().users().get(tom).roles().getAll().getClientMappings()
                            .containsKey("realm-management"), "tom got no admin role");

            HttpResponse<String> approved = adminPost(GOV + "proposals/" + proposal + "/approve", "{}");
            assertEquals(200, approved.statusCode(), approved.body());
            assertEquals("applied", Oidc.json(approved.body()).get("status").asText(), approved.body());
            String management = organization.admin().clients().findByClientId("realm-management").get(0).getId();
            assertEquals(1, organization.admin().getAdminEvents(List.of("CREATE"), null, null, null, null, "users/"
                    + tom + "/role-mappings/clients/" + management, List.of("CLIENT_ROLE_MAPPING"), null, null, 0, 10)
                    .size(), "Keycloak's own role-mapping event, as its admin API writes it");

            String admins = organizationGroupWithRealmManagement("psod-realm-admins", "realm-admin");
            try {
                String viaGroup = waitingProposal(tom, "group:" + admins, "GROUP");
                HttpResponse<String> notJoined = adminCall("POST", GOV + "proposals/" + viaGroup + "/approve",
                        helpdesk, "{}");
                assertEquals(403, notJoined.statusCode(), notJoined.body());
                assertEquals("proposed", status(viaGroup));
                assertTrue(organization.admin().users().get(tom).groups().isEmpty(), "tom joined no admin group");
            } finally {
                organization.admin().groups().group(admins).remove(); // no realm-admin group left in the shared realm
            }
        } finally {
            assertEquals(200, adminPut(GOV + "settings", "{\"mode\":\"report\"}").statusCode());
            organization.admin().users().delete(tom).close(); // no realm-admin left behind in the shared realm
        }
    }

    /**
     * A realm role made a composite including an admin role after it was proposed: approving it hands out the admin
     * role too, so the approver needs the right to map that as well (Keycloak's role-mapping check looks at the
     * composite's name only).
     */
    @Test
    void approvingACompositeThatIncludesAnAdminRoleNeedsTheRightToMapThatToo() throws SQLException {
        String uma = createOrganizationUser("psod-uma");
        String helpdesk = organizationAdminToken("psod-desk", "view-users", "manage-users");
        role("psod-admin-bundle");
        organization.admin().roles().get("psod-admin-bundle")
                .addComposites(realmManagementRoles(organization, "view-events"));
        assertEquals(200, adminPut(GOV + "settings", "{\"mode\":\"approve\"}").statusCode());
        try {
            String proposal = waitingProposal(uma, "realm-role:psod-admin-bundle");
            HttpResponse<String> refused = adminCall("POST", GOV + "proposals/" + proposal + "/approve", helpdesk, "{}");
            assertEquals(403, refused.statusCode(), refused.body());
            assertEquals("proposed", status(proposal), "still waiting for an admin who may map view-events");
            assertFalse(holds(uma, "psod-admin-bundle"));

            HttpResponse<String> approved = adminPost(GOV + "proposals/" + proposal + "/approve", "{}");
            assertEquals(200, approved.statusCode(), approved.body());
            assertEquals("applied", Oidc.json(approved.body()).get("status").asText(), approved.body());
            assertTrue(holds(uma, "psod-admin-bundle"));
        } finally {
            assertEquals(200, adminPut(GOV + "settings", "{\"mode\":\"report\"}").statusCode());
            organization.admin().users().delete(uma).close();
            organization.admin().roles().deleteRole("psod-admin-bundle"); // no admin-carrying role left behind
        }
    }

    @Test
    void aRunSeesARuleRoleHeldThroughAKeycloakGroup() {
        role("psod-ledger");
        role("psod-payout");
        GroupRepresentation payouts = new GroupRepresentation();
        payouts.setName("psod-payouts");
        organization.admin().groups().add(payouts).close();
        String group = organization.admin().groups().groups("psod-payouts", 0, 10).get(0).getId();
        organization.admin().groups().group(group).roles().realmLevel().add(
                List.of(organization.admin().roles().get("psod-payout").toRepresentation()));
        for (String name : List.of("psod-ida", "psod-joe")) {
            String user = createOrganizationUser(name);
            organization.admin().users().get(user).roles().realmLevel().add(
                    List.of(organization.admin().roles().get("psod-ledger").toRepresentation()));
            if (name.equals("psod-ida")) {
                organization.admin().users().get(user).joinGroup(group);
            }
        }
        String rule = sodRule("PSOD ledger", "global", null, List.of("realm-role:psod-ledger", "realm-role:psod-payout"),
                "warn", true);
        try {
            HttpResponse<String> run = adminCall("POST", GOV + "runs", adminToken(), "{}");
            assertEquals(200, run.statusCode(), run.body());
            assertEquals(1, Oidc.json(adminGet(GOV + "proposals?user=psod-ida&category=sod-violation").body()).size(),
                    "psod-payout comes through the group");
            assertEquals(0, Oidc.json(adminGet(GOV + "proposals?user=psod-joe&category=sod-violation").body()).size());
        } finally {
            assertEquals(204, adminDelete(SOD + "rules/" + rule).statusCode());
        }
    }

    private String role(String name) {
        RoleRepresentation role = new RoleRepresentation();
        role.setName(name);
        organization.admin().roles().create(role);
        return name;
    }

    private boolean holds(String userId, String role) {
        return organization.admin().users().get(userId).roles().realmLevel().listAll().stream()
                .anyMatch(r -> r.getName().equals(role));
    }

    private String status(String proposal) {
        return Oidc.json(adminGet(GOV + "proposals/" + proposal).body()).get("status").asText();
    }

    /** A waiting peer recommendation to add the realm role {@code itemKey}, as a run stores one. */
    private String waitingProposal(String userId, String itemKey) throws SQLException {
        return waitingProposal(userId, itemKey, "REALM_ROLE");
    }

    private String waitingProposal(String userId, String itemKey, String kind) throws SQLException {
        return waitingProposal(userId, itemKey, kind, System.currentTimeMillis());
    }

    private String waitingProposal(String userId, String itemKey, String kind, long createdAt) throws SQLException {
        String id = ProposalRows.waiting(organization.admin().toRepresentation().getId(), userId, itemKey, kind,
                createdAt).insert();
        JsonNode stored = Oidc.json(adminGet(GOV + "proposals/" + id).body());
        assertEquals("proposed", stored.get("status").asText(), stored.toString());
        return id;
    }
}
