package io.runtimeaccess.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.representations.userprofile.config.UPConfig;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/**
 * Who may decide a just-in-time access request: never its requester, only a listed approver, each approver once
 * when two approvals are needed, and nobody when a preventive SoD rule objects (a warn rule records the approval).
 * Request items need manage-users, and a bad policy is refused naming the field.
 */
@KeycloakIntegrationTest(config = RuntimeAccessServerConfig.class)
class AccessRequestApprovalIT extends AbstractAccessRequestIT {

    /**
     * An approved request maps the item's Keycloak role: an admin holding only manage-users must not be able to offer
     * realm-admin (and ask for it and have it approved), as Keycloak's own role mapping refuses them.
     */
    @Test
    void anItemGivingAnAdminRoleNeedsTheRightToMapIt() {
        String helpdesk = organizationAdminToken("jit-helpdesk", "view-users", "manage-users");
        realmRole("jit-ordinary");
        String approvers = "\"approvers\":{\"type\":\"realm-role\",\"values\":[\"jit-ordinary\"]}";
        HttpResponse<String> admin = adminCall("POST", ITEMS, helpdesk, "{\"kind\":\"client-role\","
                + "\"clientId\":\"realm-management\",\"role\":\"realm-admin\"," + approvers + "}");
        assertEquals(403, admin.statusCode(), admin.body());
        HttpResponse<String> manageRealm = adminCall("POST", ITEMS, helpdesk, "{\"kind\":\"client-role\","
                + "\"clientId\":\"realm-management\",\"role\":\"manage-realm\"," + approvers + "}");
        assertEquals(403, manageRealm.statusCode(), manageRealm.body());
        assertTrue(Oidc.json(adminGet(ITEMS).body()).findValues("role").stream()
                .noneMatch(role -> role.asText().equals("realm-admin") || role.asText().equals("manage-realm")),
                "nothing was stored");
        HttpResponse<String> ordinary = adminCall("POST", ITEMS, helpdesk, "{\"kind\":\"realm-role\","
                + "\"role\":\"jit-ordinary\"," + approvers + "}");
        assertEquals(201, ordinary.statusCode(), ordinary.body());
        // the realm's full admin may offer it, as Keycloak would let them map it
        String full = createdId(adminPost(ITEMS, "{\"kind\":\"client-role\",\"clientId\":\"realm-management\","
                + "\"role\":\"manage-realm\"," + approvers + "}"));
        HttpResponse<String> edit = adminCall("PUT", ITEMS + "/" + full, helpdesk, "{\"kind\":\"client-role\","
                + "\"clientId\":\"realm-management\",\"role\":\"manage-realm\",\"description\":\"x\"," + approvers + "}");
        assertEquals(403, edit.statusCode(), "nor may they re-save one: " + edit.body());
        // nor turn it into an item of their own, approvers and all (its pending requests would follow them)
        String retarget = solution("JIT Retarget", "jit-retarget-role");
        HttpResponse<String> retargeted = adminCall("PUT", ITEMS + "/" + full, helpdesk, "{\"kind\":\"runtime-role\","
                + "\"solutionId\":\"" + retarget + "\",\"role\":\"jit-retarget-role\"," + approvers + "}");
        assertEquals(403, retargeted.statusCode(), retargeted.body());
        assertEquals("manage-realm", Oidc.json(adminGet(ITEMS + "/" + full).body()).get("role").asText(), "unchanged");
        assertEquals(204, adminDelete(ITEMS + "/" + full).statusCode());
        assertEquals(204, adminDelete(ITEMS + "/" + createdId(ordinary)).statusCode());
    }

    /**
     * An item a full admin pointed elsewhere still has pending requests that ask for the admin role it gave: a
     * manage-users admin may not choose who approves them.
     */
    @Test
    void anItemWhosePendingRequestsAskForAnAdminRoleNeedsTheRightToMapIt() {
        String helpdesk = organizationAdminToken("jit-helpdesk", "view-users", "manage-users");
        realmRole("jit-repoint-approver");
        String approvers = "\"approvers\":{\"type\":\"realm-role\",\"values\":[\"jit-repoint-approver\"]}";
        String item = createdId(adminPost(ITEMS, "{\"kind\":\"client-role\",\"clientId\":\"realm-management\","
                + "\"role\":\"manage-realm\"," + approvers + "}"));
        createOrganizationUser("jit-pia");
        String piaToken = token("jit-pia");
        String request = create(piaToken, item, "PT5M", null, null);
        String solution = solution("JIT Repointed", "jit-repointed-role");
        String runtimeItem = "{\"kind\":\"runtime-role\",\"solutionId\":\"" + solution
                + "\",\"role\":\"jit-repointed-role\",";
        assertEquals(200, adminPut(ITEMS + "/" + item, runtimeItem + approvers + "}").statusCode(), "a full admin may");

        HttpResponse<String> chosen = adminCall("PUT", ITEMS + "/" + item, helpdesk, runtimeItem
                + "\"approvers\":{\"type\":\"users\",\"values\":[\"jit-helpdesk\"]}}");
        // the code before this test looked only at the role the item gives now: 200
        assertEquals(403, chosen.statusCode(), chosen.body());
        assertEquals("realm-role", Oidc.json(adminGet(ITEMS + "/" + item).body()).get("approvers").get("type").asText(),
                "unchanged");
        assertEquals("cancelled", Oidc.json(user(piaToken, "POST", request + "/cancel", null).body()).get("status")
                .asText());
        assertEquals(200, adminCall("PUT", ITEMS + "/" + item, helpdesk, runtimeItem + approvers + "}").statusCode(),
                "with no request asking for the admin role, the item is an ordinary one");
        assertEquals(204, adminDelete(ITEMS + "/" + item).statusCode());
    }

    /**
     * A request for a role that administers the realm is approved only by an approver who holds it, or every admin
     * role it includes: an admin with manage-users alone may put any account of their making in the approvers' role,
     * and would otherwise approve their own request through it. Shown with a composite that includes view-events.
     */
    @Test
    void aRequestForAnAdminRoleIsApprovedOnlyByAnApproverWhoHoldsIt() {
        RoleRepresentation approverRole = realmRole("jit-admin-approver");
        realmRole("jit-ops");
        String management = organization.admin().clients().findByClientId("realm-management").get(0).getId();
        organization.admin().roles().get("jit-ops").addComposites(List.of(
                organization.admin().clients().get(management).roles().get("view-events").toRepresentation()));
        String item = createdId(adminPost(ITEMS, "{\"kind\":\"realm-role\",\"role\":\"jit-ops\","
                + "\"approvers\":{\"type\":\"realm-role\",\"values\":[\"jit-admin-approver\"]}}"));
        String rick = createOrganizationUser("jit-rick");
        String made = createOrganizationUser("jit-made");
        String ada = createOrganizationUser("jit-ada");
        for (String approver : List.of(made, ada)) {
            organization.admin().users().get(approver).roles().realmLevel().add(List.of(approverRole));
        }
        grantRealmManagement(organization, ada, "realm-admin");
        String rickToken = token("jit-rick");
        String request = create(rickToken, item, "PT5M", null, null);
        try {
            HttpResponse<String> refused = user(token("jit-made"), "POST", request + "/approve", null);
            // the code before this test gave the role on this approval
            assertEquals(403, refused.statusCode(), refused.body());
            assertEquals("admin_role_not_held", Oidc.json(refused.body()).get("error").asText());
            assertEquals("pending", status(rickToken, request));

            // a realm admin holds every admin role the composite includes, though not the composite itself
            HttpResponse<String> approved = user(token("jit-ada"), "POST", request + "/approve", null);
            assertEquals("active", Oidc.json(approved.body()).get("status").asText(), approved.body());
            assertTrue(organization.admin().users().get(rick).roles().clientLevel(management).listEffective().stream()
                    .anyMatch(role -> role.getName().equals("view-events")), "an approver holding it gave it");
        } finally {
            // nobody is left holding an admin role for the classes after this one
            List.of(rick, made, ada).forEach(id -> organization.admin().users().delete(id).close());
        }
    }

    @Test
    void aRequesterNeverApprovesTheirOwnRequest() {
        RoleRepresentation approverRole = realmRole("jit-self-approver");
        String solution = solution("JIT Self", "jit-self-role");
        String sam = createOrganizationUser("jit-sam");
        organization.admin().users().get(sam).roles().realmLevel().add(List.of(approverRole));
        String item = item("{\"kind\":\"runtime-role\",\"solutionId\":\"" + solution + "\",\"role\":\"jit-self-role\","
                + "\"approvers\":{\"type\":\"realm-role\",\"values\":[\"jit-self-approver\"]}}");
        String samToken = token("jit-sam");
        String request = create(samToken, item, "PT5M", null, null);
        assertEquals(List.of(), ids(Oidc.json(user(samToken, "GET", "approvals", null).body())));
        HttpResponse<String> self = user(samToken, "POST", request + "/approve", "{\"comment\":\"mine\"}");
        assertEquals(403, self.statusCode(), self.body());
        assertEquals("self_approval", Oidc.json(self.body()).get("error").asText());
        assertEquals(403, user(samToken, "POST", request + "/reject", null).statusCode());
        assertEquals("pending", status(samToken, request));
        assertFalse(allowed(samToken, sam, solution));

        createOrganizationUser("jit-sue");
        String sueToken = token("jit-sue");
        HttpResponse<String> notApprover = user(sueToken, "POST", request + "/approve", null);
        assertEquals(403, notApprover.statusCode());
        assertEquals("not_an_approver", Oidc.json(notApprover.body()).get("error").asText());
        assertEquals(403, user(sueToken, "POST", request + "/cancel", null).statusCode(), "only the requester cancels");
        assertEquals("cancelled", Oidc.json(user(samToken, "POST", request + "/cancel", null).body())
                .get("status").asText());
        assertRefused(user(samToken, "POST", request + "/cancel", null), 409, "id");
        for (String decision : List.of("/approve", "/reject")) {
            HttpResponse<String> probe = user(sueToken, "POST", request + decision, null);
            assertEquals(403, probe.statusCode(), probe.body());
            assertEquals("not_an_approver", Oidc.json(probe.body()).get("error").asText(),
                    "someone who may not decide it learns nothing of its state");
        }
    }

    /**
     * An account disabled (offboarded) while its request waits cannot cancel it: approving it would give the disabled
     * account access, so an approval is a 409 and the request stays pending; rejecting still works.
     */
    @Test
    void aDisabledRequestersRequestIsNotApproved() {
        RoleRepresentation approver = realmRole("jit-off-approver");
        String solution = solution("JIT Off", "jit-off-role");
        String ola = createOrganizationUser("jit-offb-ola");
        String oscar = createOrganizationUser("jit-offb-oscar");
        organization.admin().users().get(oscar).roles().realmLevel().add(List.of(approver));
        String item = item("{\"kind\":\"runtime-role\",\"solutionId\":\"" + solution + "\",\"role\":\"jit-off-role\","
                + "\"approvers\":{\"type\":\"realm-role\",\"values\":[\"jit-off-approver\"]}}");
        String olaToken = token("jit-offb-ola");
        String request = create(olaToken, item, "PT5M", null, null);
        String oscarToken = token("jit-offb-oscar");
        UserRepresentation disabled = organization.admin().users().get(ola).toRepresentation();
        disabled.setEnabled(false);
        organization.admin().users().get(ola).update(disabled);

        HttpResponse<String> refused = user(oscarToken, "POST", request + "/approve", null);
        assertRefused(refused, 409, "id");
        assertEquals("requester_disabled", Oidc.json(refused.body()).get("error").asText());
        assertEquals("pending", Oidc.json(adminGet("requests/" + request).body()).get("status").asText());
        assertEquals(null, grantOf(solution, ola, "jit-off-role"), "no grant for the disabled account");
        assertEquals("rejected", Oidc.json(user(oscarToken, "POST", request + "/reject", "{\"comment\":\"offboarded\"}")
                .body()).get("status").asText());
    }

    /**
     * An offboarding ends the user's requests in the same step: a pending one is cancelled (its approver stops seeing
     * it) and an active one ends at once, taking the realm role it mapped, which the offboarding itself does not touch.
     * The offboarding's record names both.
     */
    @Test
    void anOffboardingCancelsPendingRequestsAndEndsActiveOnes() {
        realmRole("jit-leave-role");
        String solution = solution("JIT Leave", "jit-leave-runtime");
        String lea = createOrganizationUser("jit-leave-lea");
        createOrganizationUser("jit-leave-lou");
        String approvers = ",\"approvers\":{\"type\":\"users\",\"values\":[\"jit-leave-lou\"]}}";
        String roleItem = item("{\"kind\":\"realm-role\",\"role\":\"jit-leave-role\"" + approvers);
        String runtimeItem = item("{\"kind\":\"runtime-role\",\"solutionId\":\"" + solution
                + "\",\"role\":\"jit-leave-runtime\"" + approvers);
        String leaToken = token("jit-leave-lea");
        String louToken = token("jit-leave-lou");
        String active = create(leaToken, roleItem, "PT10M", null, null);
        assertEquals("active", approve(louToken, active, null).get("status").asText());
        assertTrue(realmRoles(lea).contains("jit-leave-role"));
        String pending = create(leaToken, runtimeItem, "PT10M", null, null);
        assertEquals(List.of(pending), ids(Oidc.json(user(louToken, "GET", "approvals", null).body())));
        String group = endUserGroup("JIT Leavers");
        assertEquals(201, adminPost("groups/" + group + "/members", "{\"username\":\"jit-leave-lea\"}").statusCode());

        HttpResponse<String> planned = adminPost("lifecycle/offboarding/plans", "{\"endUserGroup\":\"JIT Leavers\"}");
        String plan = createdId(planned);
        HttpResponse<String> applied = adminPost("lifecycle/offboarding/plans/" + plan + "/apply", "");
        assertEquals(200, applied.statusCode(), applied.body());

        JsonNode cancelled = Oidc.json(adminGet("requests/" + pending).body());
        assertEquals("cancelled", cancelled.get("status").asText());
        assertEquals(List.of(), ids(Oidc.json(user(louToken, "GET", "approvals", null).body())),
                "the approver no longer sees it");
        JsonNode ended = Oidc.json(adminGet("requests/" + active).body());
        assertEquals("expired", ended.get("status").asText());
        assertEquals(ended.get("endedAt").asText(), ended.get("expiresAt").asText(), "it ended early, at its end");
        assertFalse(realmRoles(lea).contains("jit-leave-role"), "the role the request mapped is gone");
        assertEquals(null, grantOf(solution, lea, "jit-leave-runtime"));
        JsonNode record = Oidc.json(adminGet("lifecycle/offboarding/plans/" + plan).body()).get("users").get(0)
                .get("applied");
        assertEquals(List.of(pending), texts(record.get("cancelledRequests")), record.toString());
        assertEquals(List.of(active), texts(record.get("endedRequests")), record.toString());
        HttpResponse<String> late = user(louToken, "POST", pending + "/approve", null);
        assertRefused(late, 409, "id");
        assertEquals("not_pending", Oidc.json(late.body()).get("error").asText());
    }

    /**
     * A realm role an admin mapped while the request waited: approving would make the request's end remove the
     * admin's mapping, so the approval is a 409 and the role stays mapped.
     */
    @Test
    void aRoleMappedWhileTheRequestWaitedIsNotApprovedAndStays() {
        RoleRepresentation role = realmRole("jit-held-role");
        String hana = createOrganizationUser("jit-held-hana");
        createOrganizationUser("jit-held-hugo");
        String item = item("{\"kind\":\"realm-role\",\"role\":\"jit-held-role\",\"approvers\":{\"type\":\"users\","
                + "\"values\":[\"jit-held-hugo\"]}}");
        String request = create(token("jit-held-hana"), item, "PT5M", null, null);
        organization.admin().users().get(hana).roles().realmLevel().add(List.of(role));

        HttpResponse<String> refused = user(token("jit-held-hugo"), "POST", request + "/approve", null);
        assertRefused(refused, 409, "id");
        assertTrue(refused.body().contains("already holds jit-held-role"), refused.body());
        assertEquals("pending", Oidc.json(adminGet("requests/" + request).body()).get("status").asText());
        assertTrue(realmRoles(hana).contains("jit-held-role"), "the admin's mapping stays");
    }

    @Test
    void aTwoApproverPolicyNeedsTwoDistinctApprovers() {
        String solution = solution("JIT Two", "jit-two-role");
        createOrganizationUser("jit-ann");
        createOrganizationUser("jit-bo");
        String tim = createOrganizationUser("jit-tim");
        createOrganizationUser("jit-cy");
        assertRefused(adminPost(ITEMS, "{\"kind\":\"runtime-role\",\"solutionId\":\"" + solution + "\",\"role\":"
                + "\"jit-two-role\",\"approvalsNeeded\":2,\"approvers\":{\"type\":\"users\",\"values\":[\"jit-ann\"]}}"),
                400, "approvalsNeeded");
        String item = item("{\"kind\":\"runtime-role\",\"solutionId\":\"" + solution + "\",\"role\":\"jit-two-role\","
                + "\"approvalsNeeded\":2,\"approvers\":{\"type\":\"users\",\"values\":[\"jit-ann\",\"jit-bo\"]}}");
        String timToken = token("jit-tim");
        String request = create(timToken, item, "PT3S", null, null);

        JsonNode first = approve(token("jit-ann"), request, "first");
        assertEquals("pending", first.get("status").asText(), "one of two approvals");
        assertEquals(1, first.get("decisions").size());
        assertFalse(allowed(timToken, tim, solution));
        HttpResponse<String> again = user(token("jit-ann"), "POST", request + "/approve", null);
        assertEquals(409, again.statusCode());
        assertEquals("already_approved", Oidc.json(again.body()).get("error").asText());
        assertEquals(403, user(token("jit-cy"), "POST", request + "/approve", null).statusCode());
        assertEquals(List.of(), ids(Oidc.json(user(token("jit-ann"), "GET", "approvals", null).body())),
                "ann has decided already");

        // the approver list applies to pending requests: once ann is no approver, her approval stops counting
        assertEquals(200, adminPut(ITEMS + "/" + item, "{\"kind\":\"runtime-role\",\"solutionId\":\"" + solution
                + "\",\"role\":\"jit-two-role\",\"approvalsNeeded\":2,\"approvers\":{\"type\":\"users\","
                + "\"values\":[\"jit-bo\",\"jit-cy\"]}}").statusCode());
        JsonNode second = approve(token("jit-bo"), request, "second");
        assertEquals("pending", second.get("status").asText(), "bo's is the one approval that counts");
        assertFalse(allowed(timToken, tim, solution));
        JsonNode third = approve(token("jit-cy"), request, "third");
        assertEquals("active", third.get("status").asText());
        assertTrue(allowed(timToken, tim, solution));
    }

    @Test
    void aPreventiveSodRuleBlocksTheApprovalAndAWarnRuleRecordsIt() {
        String solution = solution("JIT SoD", "jit-sod-pay", "jit-sod-create", "jit-sod-audit");
        String zed = createOrganizationUser("jit-zed");
        createOrganizationUser("jit-abe");
        assertEquals(201, adminPost("solutions/" + solution + "/grants", "{\"principal\":{\"type\":\"user\",\"name\":"
                + "\"jit-zed\"},\"role\":\"jit-sod-create\"}").statusCode());
        String prevent = rule("JIT prevent", solution, "jit-sod-create", "jit-sod-pay", "prevent");
        String warn = rule("JIT warn", solution, "jit-sod-create", "jit-sod-audit", "warn");
        try {
            String payItem = item("{\"kind\":\"runtime-role\",\"solutionId\":\"" + solution + "\",\"role\":"
                    + "\"jit-sod-pay\",\"approvers\":{\"type\":\"users\",\"values\":[\"jit-abe\"]}}");
            String auditItem = item("{\"kind\":\"runtime-role\",\"solutionId\":\"" + solution + "\",\"role\":"
                    + "\"jit-sod-audit\",\"approvers\":{\"type\":\"users\",\"values\":[\"jit-abe\"]}}");
            String zedToken = token("jit-zed");
            String pay = create(zedToken, payItem, "PT3S", null, null);
            HttpResponse<String> blocked = user(token("jit-abe"), "POST", pay + "/approve", null);
            assertEquals(409, blocked.statusCode(), blocked.body());
            assertEquals("sod_violation", Oidc.json(blocked.body()).get("error").asText());
            assertTrue(blocked.body().contains("JIT prevent"), blocked.body());
            assertEquals("pending", status(zedToken, pay), "the approval was rolled back");
            assertEquals(0, Oidc.json(adminGet("requests/" + pay).body()).get("decisions").size(), "no decision kept");
            assertEquals(null, grantOf(solution, zed, "jit-sod-pay"));

            String audit = create(zedToken, auditItem, "PT3S", null, null);
            assertEquals("active", approve(token("jit-abe"), audit, "warned is fine").get("status").asText());
            assertTrue(sodEvents(zed).stream().anyMatch(event -> event.get("outcome").asText().equals("warned")
                    && event.get("ruleName").asText().equals("JIT warn")), "the warn rule recorded the approval");
            cancel(Oidc.json(adminGet("requests/" + pay).body()));
        } finally {
            assertEquals(204, adminDelete(SOD + "rules/" + prevent).statusCode());
            assertEquals(204, adminDelete(SOD + "rules/" + warn).statusCode());
        }
    }

    /**
     * Approvers see a page of what they may decide, chosen in the database: by the item's rule, and for an item the
     * requester's manager approves, by the requester's manager attribute (a username in any case). What they decided
     * already leaves their list; someone named nowhere sees nothing.
     */
    @Test
    void approversSeeAPageOfWhatTheyMayDecide() {
        String solution = solution("JIT Page", "jit-page-a", "jit-page-b");
        createOrganizationUser("jit-max");
        createOrganizationUser("jit-nat");
        String mia = createOrganizationUser("jit-mia");
        createOrganizationUser("jit-ned");
        setManager(mia, "JIT-Max");
        String byManager = item("{\"kind\":\"runtime-role\",\"solutionId\":\"" + solution + "\",\"role\":"
                + "\"jit-page-a\",\"approvers\":{\"type\":\"manager\"}}");
        String byName = item("{\"kind\":\"runtime-role\",\"solutionId\":\"" + solution + "\",\"role\":"
                + "\"jit-page-b\",\"approvers\":{\"type\":\"users\",\"values\":[\"jit-max\"]}}");
        String miaToken = token("jit-mia");
        String nedToken = token("jit-ned");
        String miaManaged = create(miaToken, byManager, "PT3S", null, null);
        create(nedToken, byManager, "PT3S", null, null); // ned has no manager: nobody may approve it
        String miaNamed = create(miaToken, byName, "PT3S", null, null);
        String nedNamed = create(nedToken, byName, "PT3S", null, null);
        String maxToken = token("jit-max");

        List<String> all = ids(Oidc.json(user(maxToken, "GET", "approvals", null).body()));
        assertEquals(java.util.Set.of(miaManaged, miaNamed, nedNamed), new java.util.HashSet<>(all), all.toString());
        List<String> paged = new java.util.ArrayList<>(ids(Oidc.json(user(maxToken, "GET", "approvals?max=1", null)
                .body())));
        paged.addAll(ids(Oidc.json(user(maxToken, "GET", "approvals?first=1&max=2", null).body())));
        assertEquals(all, paged, "pages of one order");
        assertEquals(List.of(), ids(Oidc.json(user(token("jit-nat"), "GET", "approvals", null).body())));

        assertEquals(200, user(maxToken, "POST", nedNamed + "/reject", null).statusCode());
        assertEquals(java.util.Set.of(miaManaged, miaNamed), new java.util.HashSet<>(ids(Oidc.json(user(maxToken,
                "GET", "approvals", null).body()))), "what max decided left the list");
        JsonNode rejected = find(Oidc.json(adminGet("requests?status=rejected").body()), nedNamed);
        assertEquals("jit-ned", rejected.get("requester").asText(), rejected.toString());
        assertEquals("jit-max", rejected.get("decisions").get(0).get("approver").asText(), "a page shows decisions");
        assertEquals("rejected", rejected.get("decisions").get(0).get("outcome").asText());
    }

    @Test
    void itemsNeedManageUsersAndBadPoliciesAreRefusedNamingTheField() {
        String solution = solution("JIT Admin", "jit-admin-role");
        String body = "{\"kind\":\"runtime-role\",\"solutionId\":\"" + solution + "\",\"role\":\"jit-admin-role\","
                + "\"approvers\":{\"type\":\"manager\"}}";
        String viewer = organizationAdminToken("jit-view-admin", "view-users");
        assertEquals(403, adminCall("POST", ITEMS, viewer, body).statusCode());
        assertEquals(200, adminCall("GET", ITEMS, viewer, null).statusCode());
        assertRefused(adminPost(ITEMS, body.replace("\"approvers\"", "\"maxDuration\":\"P31D\",\"approvers\"")), 400,
                "maxDuration");
        assertRefused(adminPost(ITEMS, body.replace("runtime-role", "runtime_role")), 400, "kind");
        assertRefused(adminPost(ITEMS, body.replace("\"solutionId\":\"" + solution + "\",", "")), 400, "solutionId");
        assertRefused(adminPost(ITEMS, "{\"kind\":\"end-user-group\",\"approvers\":{\"type\":\"manager\"}}"), 400,
                "groupId");
        assertRefused(adminPost(ITEMS, body.replace("jit-admin-role\"", "not-offered\"")), 400, "role");
        assertRefused(adminPost(ITEMS, body.replace("manager", "boss")), 400, "approvers.type");
        assertRefused(adminPost(ITEMS, body.replace(",\"approvers\":{\"type\":\"manager\"}", "")), 400, "approvers");
        String id = item(body);
        JsonNode created = Oidc.json(adminGet(ITEMS + "/" + id).body());
        assertEquals("PT8H", created.get("maxDuration").asText(), "8 hours by default");
        assertEquals(List.of("manager"), texts(created.get("approvers").get("values")));
        HttpResponse<String> updated = adminPut(ITEMS + "/" + id, body.replace("\"approvers\"",
                "\"maxDuration\":\"P30D\",\"approvers\""));
        assertEquals(200, updated.statusCode(), updated.body());
        assertEquals("PT720H", Oidc.json(updated.body()).get("maxDuration").asText());
    }

    /**
     * A manager attribute users can edit on themselves (unmanaged attributes Enabled) would let a requester name an
     * accomplice: such an item is refused, and a waiting request's approval is a 409 (a reject, giving nothing, works).
     */
    @Test
    void aManagerAttributeUsersCanEditIsNotTrusted() {
        String solution = solution("JIT Editable", "jit-editable-role");
        createOrganizationUser("jit-sock");
        setManager(createOrganizationUser("jit-una"), "jit-sock");
        String body = "{\"kind\":\"runtime-role\",\"solutionId\":\"" + solution + "\",\"role\":\"jit-editable-role\","
                + "\"approvers\":{\"type\":\"manager\"}}";
        String request = create(token("jit-una"), item(body), "PT1H", null, null);
        UPConfig profile = organization.admin().users().userProfile().getConfiguration();
        UPConfig.UnmanagedAttributePolicy before = profile.getUnmanagedAttributePolicy();
        profile.setUnmanagedAttributePolicy(UPConfig.UnmanagedAttributePolicy.ENABLED);
        organization.admin().users().userProfile().update(profile);
        try {
            assertRefused(adminPost(ITEMS, body), 400, "approvers.values");
            String sock = token("jit-sock");
            HttpResponse<String> refused = user(sock, "POST", request + "/approve", null);
            assertRefused(refused, 409, "id");
            assertEquals("approver_attribute_editable", Oidc.json(refused.body()).get("error").asText());
            assertEquals(200, user(sock, "POST", request + "/reject", null).statusCode());
        } finally {
            profile.setUnmanagedAttributePolicy(before);
            organization.admin().users().userProfile().update(profile);
        }
    }
}
