package io.runtimeaccess.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/**
 * The check API's limits and caller rules: the batch cap and body limit, wrong batch types, the checker
 * audience, disabled subjects, callers and clients, not-before, lightweight tokens and DPoP-bound tokens, and
 * that a remembered token is found again only where its issuer holds.
 */
@KeycloakIntegrationTest(config = RuntimeAccessServerConfig.class)
class CheckApiHardeningIT extends AbstractSharingIT {

    private static final String USE_LOANS = "\"action\":{\"name\":\"use\"},\"resource\":{\"type\":\"solution\",\"id\":\"x\"}";

    private String evaluationUrl(String batch) {
        return org.realmUrl() + "/runtime-access/access/v1/evaluation" + batch;
    }

    private HttpResponse<String> post(String url, String authorization, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        return send(authorization == null ? request : request.header("Authorization", authorization));
    }

    private HttpResponse<String> askAbout(String token, String subject) {
        return post(evaluationUrl(""), "Bearer " + token, "{\"subject\":{\"type\":\"user\",\"id\":\"" + subject + "\"},"
                + USE_LOANS + "}");
    }

    /** A 401 that says why, in the WWW-Authenticate header and in the JSON body. */
    private static void assertUnauthorized(String why, HttpResponse<String> response) {
        assertEquals(401, response.statusCode(), response.body());
        String challenge = response.headers().firstValue("WWW-Authenticate").orElse("");
        assertTrue(challenge.contains("error=\"invalid_token\"") && challenge.contains(why), challenge);
        assertTrue(Oidc.json(response.body()).get("error_description").asText().contains(why), response.body());
    }

    @Test
    void aBatchIsCappedAndItsBodyBounded() {
        createOrganizationUser("hard-batch");
        String token = org.passwordLogin("hard-batch", "hard-batch").get("access_token").asText();
        String self = "{\"subject\":{\"type\":\"user\",\"id\":\"hard-batch\"}," + USE_LOANS + ",\"evaluations\":";
        StringBuilder items = new StringBuilder("[");
        for (int i = 0; i < 1_000; i++) {
            items.append(i == 0 ? "" : ",").append("{\"resource\":{\"type\":\"solution\",\"id\":\"s").append(i).append("\"}}");
        }
        long start = System.nanoTime();
        HttpResponse<String> full = post(evaluationUrl("s"), "Bearer " + token, self + items + "]}");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(200, full.statusCode(), full.body());
        assertEquals(1_000, Oidc.json(full.body()).get("evaluations").size());
        System.out.println("1,000-item batch answered in " + millis + " ms");

        assertRefused(post(evaluationUrl("s"), "Bearer " + token, self + items + ",{}]}"), 400, "evaluations");
        assertRefused(post(evaluationUrl("s"), "Bearer " + token, self + "\"x\"}"), 400, "evaluations");
        assertRefused(post(evaluationUrl("s"), "Bearer " + token, self + "[1,2]}"), 400, "evaluations[0]");
        HttpResponse<String> badItem = post(evaluationUrl("s"), "Bearer " + token,
                self + "[{},{\"action\":{\"name\":7}}]}");
        assertEquals(200, badItem.statusCode(), "a bad item is a denial naming its field: " + badItem.body());
        assertEquals("evaluations[1].action.name", Oidc.json(badItem.body()).get("evaluations").get(1)
                .get("context").get("field").asText(), badItem.body());
        assertRefused(post(evaluationUrl(""), "Bearer " + token, "[]"), 400, "request");

        String twoMegabytes = "{\"subject\":{\"type\":\"user\",\"id\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}}";
        assertRefused(post(evaluationUrl(""), "Bearer " + token, twoMegabytes), 413, "request");
        byte[] bytes = twoMegabytes.getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> chunked = send(HttpRequest.newBuilder(URI.create(evaluationUrl("s")))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))));
        assertRefused(chunked, 413, "request");
        assertEquals(401, post(evaluationUrl(""), null, twoMegabytes).statusCode(), "the caller is checked first");
    }

    /**
     * A checker asking about a subject nobody has gets what AuthZEN says a denial is, a 200 with decision false
     * ({@code DENY_UNKNOWN_SUBJECT}), alone or in a batch (the user is looked up once per request, not once per item),
     * and an item about a real user is answered. The request is whole before anyone is looked up: without a resource
     * it is a 400 naming it, unknown subject or not; a subject of another type is denied whatever its id.
     */
    @Test
    void anUnknownSubjectIsDeniedAfterTheRequestIsFoundWhole() {
        createOrganizationUser("hard-known");
        String checker = serviceAccountToken("hard-batch-checker", true, true);
        StringBuilder items = new StringBuilder("[");
        for (int i = 0; i < 5; i++) {
            items.append("{\"subject\":{\"type\":\"user\",\"id\":\"nobody-").append(i % 2).append("\"}},");
        }
        items.append("{\"subject\":{\"type\":\"user\",\"id\":\"hard-known\"}}]");
        HttpResponse<String> answered = post(evaluationUrl("s"), "Bearer " + checker, "{" + USE_LOANS
                + ",\"evaluations\":" + items + "}");
        assertEquals(200, answered.statusCode(), answered.body());
        JsonNode evaluations = Oidc.json(answered.body()).get("evaluations");
        for (int i = 0; i < 5; i++) {
            assertFalse(evaluations.get(i).get("decision").asBoolean(), answered.body());
            assertEquals("DENY_UNKNOWN_SUBJECT", evaluations.get(i).get("context").get("code").asText(), answered.body());
        }
        assertNotEquals("DENY_UNKNOWN_SUBJECT", evaluations.get(5).get("context").get("code").asText(),
                "the known subject is evaluated: " + answered.body());

        HttpResponse<String> single = post(evaluationUrl(""), "Bearer " + checker,
                "{\"subject\":{\"type\":\"user\",\"id\":\"nobody-2\"}," + USE_LOANS + "}");
        assertEquals(200, single.statusCode(), single.body());
        assertEquals("DENY_UNKNOWN_SUBJECT", Oidc.json(single.body()).get("context").get("code").asText());
        assertRefused(post(evaluationUrl(""), "Bearer " + checker,
                "{\"subject\":{\"type\":\"user\",\"id\":\"nobody-2\"},\"action\":{\"name\":\"use\"}}"), 400, "resource");
        HttpResponse<String> service = post(evaluationUrl(""), "Bearer " + checker,
                "{\"subject\":{\"type\":\"service\",\"id\":\"payments-api\"}," + USE_LOANS + "}");
        assertEquals(200, service.statusCode(), service.body());
        assertEquals("DENY_UNKNOWN_SUBJECT_TYPE", Oidc.json(service.body()).get("context").get("code").asText());
    }

    /**
     * What AuthZEN calls an error of the entire payload is a 400: a malformed top-level default of a batch (it used to
     * deny every item that took it), properties that are not objects, a body not sent as application/json.
     */
    @Test
    void aMalformedDefaultOrPropertiesOrContentTypeIs400() {
        createOrganizationUser("hard-shape");
        String token = "Bearer " + org.passwordLogin("hard-shape", "hard-shape").get("access_token").asText();
        String self = "{\"subject\":{\"type\":\"user\",\"id\":\"hard-shape\"}";
        String items = ",\"evaluations\":[{\"resource\":{\"type\":\"solution\",\"id\":\"x\"}}]}";
        assertRefused(post(evaluationUrl("s"), token, "{\"subject\":\"hard-shape\",\"action\":{\"name\":\"use\"}" + items),
                400, "subject");
        assertRefused(post(evaluationUrl("s"), token, self + ",\"action\":{}" + items), 400, "action.name");
        assertRefused(post(evaluationUrl("s"), token, self + ",\"action\":{\"name\":\"use\"},\"context\":[]" + items),
                400, "context");
        HttpResponse<String> missingInBoth = post(evaluationUrl("s"), token, self + items);
        assertEquals(200, missingInBoth.statusCode(), "a member neither the item nor the defaults have is the item's: "
                + missingInBoth.body());
        assertEquals("action", Oidc.json(missingInBoth.body()).get("evaluations").get(0).get("context")
                .get("field").asText(), missingInBoth.body());

        String properties = "{\"subject\":{\"type\":\"user\",\"id\":\"hard-shape\",\"properties\":\"admin\"},"
                + USE_LOANS + "}";
        assertRefused(post(evaluationUrl(""), token, properties), 400, "subject.properties");
        assertRefused(post(evaluationUrl(""), token, self + ",\"action\":{\"name\":\"use\",\"properties\":[1]},"
                + "\"resource\":{\"type\":\"solution\",\"id\":\"x\"}}"), 400, "action.properties");
        assertRefused(post(evaluationUrl(""), token, self + ",\"action\":{\"name\":\"use\"},"
                + "\"resource\":{\"type\":\"solution\",\"id\":\"x\",\"properties\":7}}"), 400, "resource.properties");

        String whole = self + "," + USE_LOANS + "}";
        for (String type : new String[] {null, "*/*", "text/plain"}) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(evaluationUrl(""))).header("Authorization", token)
                    .POST(HttpRequest.BodyPublishers.ofString(whole));
            assertRefused(send(type == null ? request : request.header("Content-Type", type)), 400, "Content-Type");
        }
        assertEquals(200, send(HttpRequest.newBuilder(URI.create(evaluationUrl(""))).header("Authorization", token)
                .header("Content-Type", "application/json; charset=utf-8").POST(HttpRequest.BodyPublishers.ofString(whole)))
                .statusCode(), "a charset is fine");
    }

    /**
     * Jackson's limits (a number's length, the nesting depth) and a bad escape are a 400 naming the request on
     * both endpoints (the limits were a 500), and a repeated member counts with its last value.
     */
    @Test
    void jacksonsLimitsAre400AndTheLastOfARepeatedMemberCounts() {
        createOrganizationUser("hard-json");
        String token = "Bearer " + org.passwordLogin("hard-json", "hard-json").get("access_token").asText();
        String self = "{\"subject\":{\"type\":\"user\",\"id\":\"hard-json\"}," + USE_LOANS;
        for (String batch : new String[] {"", "s"}) {
            assertRefused(post(evaluationUrl(batch), token, self + ",\"n\":1" + "2".repeat(1200) + "}"), 400, "request");
            assertRefused(post(evaluationUrl(batch), token,
                    self + ",\"n\":" + "[".repeat(1200) + "]".repeat(1200) + "}"), 400, "request");
            assertRefused(post(evaluationUrl(batch), token, self + ",\"n\":\"\\uZZZZ\"}"), 400, "request");
            HttpResponse<String> repeated = post(evaluationUrl(batch), token,
                    "{\"subject\":{\"type\":\"user\",\"id\":\"someone-else\"}," + self.substring(1) + "}");
            assertEquals(200, repeated.statusCode(), "the last subject, the caller itself, counts: " + repeated.body());
            assertRefused(post(evaluationUrl(batch), token,
                    self + ",\"action\":{\"name\":\"use\",\"name\":7}}"), 400, "action.name");
        }
    }

    @Test
    void theCheckerRoleCountsOnlyWithTheCheckerAudience() {
        String subject = createOrganizationUser("hard-subject");
        HttpResponse<String> withoutAudience = askAbout(serviceAccountToken("hard-no-audience", true, false), subject);
        assertEquals(403, withoutAudience.statusCode(), withoutAudience.body());
        assertTrue(withoutAudience.body().contains("runtime-access"), withoutAudience.body());
        assertEquals(200, askAbout(checkerServiceAccountToken(), subject).statusCode());
    }

    @Test
    void aDisabledSubjectIsDenied() {
        String dora = createOrganizationUser("hard-disabled-subject");
        String solution = newSolution("Hard Disabled");
        assertEquals(201, adminPost("solutions/" + solution + "/grants",
                "{\"principal\":{\"type\":\"user\",\"name\":\"hard-disabled-subject\"},\"role\":\"user\"}").statusCode());
        String checker = checkerServiceAccountToken();
        String question = "{\"subject\":{\"type\":\"user\",\"id\":\"" + dora + "\"},\"action\":{\"name\":\"use\"},"
                + "\"resource\":{\"type\":\"solution\",\"id\":\"" + solution + "\"}}";
        // By username too: both lookups are now cached, so the second answer must come from a fresh entry.
        String byName = question.replace(dora, "Hard-Disabled-Subject");
        assertTrue(Oidc.json(post(evaluationUrl(""), "Bearer " + checker, question).body()).get("decision").asBoolean());
        assertTrue(Oidc.json(post(evaluationUrl(""), "Bearer " + checker, byName).body()).get("decision").asBoolean());

        UserRepresentation user = organization.admin().users().get(dora).toRepresentation();
        user.setEnabled(false);
        organization.admin().users().get(dora).update(user);
        for (String asked : List.of(question, byName)) {
            JsonNode denied = Oidc.json(post(evaluationUrl(""), "Bearer " + checker, asked).body());
            assertFalse(denied.get("decision").asBoolean(), denied.toString());
            assertEquals("DENY_SUBJECT_DISABLED", denied.get("context").get("code").asText());
        }
        JsonNode roles = Oidc.json(send(HttpRequest.newBuilder(URI.create(org.realmUrl() + "/runtime-access/solutions/"
                + solution + "/roles?user=" + dora)).header("Authorization", "Bearer " + checker).GET()).body());
        assertEquals(List.of(), texts(roles.get("roles")), "a disabled user holds no effective role");
        HttpResponse<String> nul = send(HttpRequest.newBuilder(URI.create(org.realmUrl() + "/runtime-access/solutions/"
                + solution + "/roles?user=%00")).header("Authorization", "Bearer " + checker).GET());
        assertEquals(400, nul.statusCode(), "Keycloak refuses a NUL in a query parameter itself: " + nul.body());
        assertBadRequest(send(HttpRequest.newBuilder(URI.create(org.realmUrl() + "/runtime-access/solutions/"
                + solution + "/roles?user=" + "u".repeat(256))).header("Authorization", "Bearer " + checker).GET()),
                "user");
    }

    @Test
    void disabledCallersAndClientsAndRevokedTokensAre401SayingWhy() {
        String carl = createOrganizationUser("hard-caller");
        String carlToken = org.passwordLogin("hard-caller", "hard-caller").get("access_token").asText();
        assertEquals(200, askAbout(carlToken, carl).statusCode());
        UserRepresentation user = organization.admin().users().get(carl).toRepresentation();
        user.setEnabled(false);
        organization.admin().users().get(carl).update(user);
        assertUnauthorized("subject is unknown or disabled", askAbout(carlToken, carl));

        String clientToken = serviceAccountToken("hard-disabled-client", false, false);
        String serviceAccount = Oidc.claims(clientToken).get("sub").asText();
        assertEquals(200, askAbout(clientToken, serviceAccount).statusCode(), "a service account may ask about itself");
        ClientResource client = client("hard-disabled-client");
        ClientRepresentation disabled = client.toRepresentation();
        disabled.setEnabled(false);
        client.update(disabled);
        assertUnauthorized("client (azp) is unknown or disabled", askAbout(clientToken, serviceAccount));

        String revokedToken = serviceAccountToken("hard-revoked-client", false, false);
        String revokedAccount = Oidc.claims(revokedToken).get("sub").asText();
        assertEquals(200, askAbout(revokedToken, revokedAccount).statusCode());
        sleep(1_100);
        ClientResource revoking = client("hard-revoked-client");
        ClientRepresentation notBefore = revoking.toRepresentation();
        notBefore.setNotBefore((int) (System.currentTimeMillis() / 1000));
        revoking.update(notBefore);
        assertUnauthorized("client's not-before", askAbout(revokedToken, revokedAccount));
        assertEquals(200, askAbout(serviceAccountToken("hard-revoked-client", false, false), revokedAccount)
                .statusCode(), "a token issued after the not-before works");

        String lou = createOrganizationUser("hard-signed-out");
        String louToken = org.passwordLogin("hard-signed-out", "hard-signed-out").get("access_token").asText();
        // Asked once first, so the token is remembered and the user's entry is in Keycloak's user cache, where the
        // check reads the not-before from (CallerUser): the sign-out must remove that entry.
        assertEquals(200, askAbout(louToken, lou).statusCode());
        sleep(1_100);
        organization.admin().users().get(lou).logout();
        assertUnauthorized("user's not-before", askAbout(louToken, lou));

        // revoked at the revocation endpoint (RFC 7009): refused at once, remembered or not
        String rita = createOrganizationUser("hard-revoked");
        String ritaToken = org.passwordLogin("hard-revoked", "hard-revoked").get("access_token").asText();
        assertEquals(200, askAbout(ritaToken, rita).statusCode());
        org.revoke(ritaToken, "access_token");
        assertUnauthorized("the token was revoked", askAbout(ritaToken, rita));

        HttpResponse<String> none = post(evaluationUrl(""), null, "{}");
        assertEquals(401, none.statusCode());
        assertTrue(none.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"), none.headers().toString());
        assertUnauthorized("malformed", post(evaluationUrl(""), "Bearer not-a-jwt", "{}"));
    }

    /**
     * A token the API remembers (it was used once) is found again only with the headers its issuer was derived
     * from: sent through another forwarded host, its issuer is another one, and it is refused as it was before
     * it was remembered.
     */
    @Test
    void aRememberedTokenIsRefusedThroughAnotherHost() {
        String hal = createOrganizationUser("hard-forwarded");
        String token = org.passwordLogin("hard-forwarded", "hard-forwarded").get("access_token").asText();
        String question = "{\"subject\":{\"type\":\"user\",\"id\":\"" + hal + "\"}," + USE_LOANS + "}";
        assertEquals(200, askAbout(token, hal).statusCode(), "remembered from here on");
        assertEquals(200, askAbout(token, hal).statusCode());
        HttpResponse<String> elsewhere = send(HttpRequest.newBuilder(URI.create(evaluationUrl("")))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .header("X-Forwarded-Host", "elsewhere.example").POST(HttpRequest.BodyPublishers.ofString(question)));
        assertUnauthorized("issued by another realm", elsewhere);
        assertEquals(200, askAbout(token, hal).statusCode(), "still good where it was issued");
    }

    @Test
    void aDPoPBoundTokenNeedsAValidProofOfItsKey() {
        serviceAccountToken("hard-dpop", false, false);
        DPoPProof key = new DPoPProof();
        String tokenUrl = org.realmUrl() + "/protocol/openid-connect/token";
        HttpResponse<String> issued = send(HttpRequest.newBuilder(URI.create(tokenUrl))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("DPoP", key.proof("POST", tokenUrl, null))
                .POST(HttpRequest.BodyPublishers.ofString(Browser.formBody(Map.of("grant_type", "client_credentials",
                        "client_id", "hard-dpop", "client_secret", "hard-dpop-secret")))));
        assertEquals(200, issued.statusCode(), issued.body());
        String token = Oidc.json(issued.body()).get("access_token").asText();
        JsonNode claims = Oidc.claims(token);
        assertNotNull(claims.get("cnf"), "the token is DPoP-bound: " + claims);
        String question = "{\"subject\":{\"type\":\"user\",\"id\":\"" + claims.get("sub").asText() + "\"}," + USE_LOANS + "}";
        String url = evaluationUrl("");

        assertUnauthorized("DPoP scheme", post(url, "Bearer " + token, question));
        HttpResponse<String> noProof = post(url, "DPoP " + token, question);
        assertEquals(401, noProof.statusCode(), noProof.body());
        assertTrue(noProof.headers().firstValue("WWW-Authenticate").orElse("").contains("invalid_dpop_proof"),
                noProof.headers().toString());
        assertEquals(401, dpopPost(url, token, key.proof("POST", url + "s", token), question).statusCode(),
                "a proof for another URL");
        assertEquals(401, dpopPost(url, token, new DPoPProof().proof("POST", url, token), question).statusCode(),
                "a proof of another key");
        String proof = key.proof("POST", url, token);
        HttpResponse<String> proven = dpopPost(url, token, proof, question);
        assertEquals(200, proven.statusCode(), proven.body());
        assertEquals(401, dpopPost(url, token, proof, question).statusCode(), "a replayed proof");
    }

    private HttpResponse<String> dpopPost(String url, String token, String proof, String body) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .header("Authorization", "DPoP " + token).header("DPoP", proof)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private ClientResource client(String clientId) {
        return organization.admin().clients().get(organization.admin().clients().findByClientId(clientId).get(0).getId());
    }
}
