package io.runtimeaccess.governance.queue;

import com.fasterxml.jackson.databind.JsonNode;
import io.runtimeaccess.sharing.api.BadRequest;
import io.runtimeaccess.sharing.api.Limits;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.WebApplicationException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/**
 * Approves or rejects many proposals, each on its own: one that is not waiting, unknown, or refused by a
 * separation-of-duties rule is reported in its result and the others go on.
 */
final class BulkDecisions {

    static final int MAX_IDS = 500;

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AdminPermissionEvaluator auth;
    private final ProposalStore store;
    private final Actor actor;

    BulkDecisions(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth, ProposalStore store,
            Actor actor) {
        this.session = session;
        this.realm = realm;
        this.auth = auth;
        this.store = store;
        this.actor = actor;
    }

    /** 1..500 ids, each a string; duplicates are decided once. */
    static List<String> ids(JsonNode value) {
        if (value == null || !value.isArray()) {
            throw BadRequest.invalid("ids", "must be an array of proposal ids");
        }
        if (value.isEmpty() || value.size() > MAX_IDS) {
            throw BadRequest.invalid("ids", value.size() + " ids; between 1 and " + MAX_IDS + " are allowed");
        }
        Set<String> ids = new LinkedHashSet<>();
        for (int i = 0; i < value.size(); i++) {
            if (!value.get(i).isTextual()) {
                throw BadRequest.invalid("ids[" + i + "]", "must be a string");
            }
            ids.add(Limits.text("ids[" + i + "]", value.get(i).asText(), Limits.USER_REF));
        }
        return new ArrayList<>(ids);
    }

    List<Map<String, Object>> decide(boolean approve, List<String> ids, String reason, int suppressionDays) {
        ProposalDecisions decisions = new ProposalDecisions(session, realm);
        Map<String, Map<String, Object>> results = new HashMap<>();
        // claimed in one order whatever order they were sent in: two bulks over the same proposals then wait for
        // each other instead of each holding one the other needs (a deadlock, and a 500 for one of them)
        for (String id : ids.stream().sorted().toList()) {
            ProposalEntity proposal = store.find(id);
            String error = null;
            String note = null;
            if (proposal == null) {
                error = "no proposal with this id in this realm";
            } else {
                try {
                    if (approve) {
                        DeciderRights.require(session, realm, auth, proposal);
                        decisions.approve(proposal, actor, reason, null);
                    } else {
                        decisions.reject(proposal, actor, reason, suppressionDays);
                    }
                    // an applied proposal keeps a note there ("already removed: ..."), which is no failure
                    if (ProposalStatus.FAILED.name().equals(proposal.getStatus())) {
                        error = proposal.getError();
                    } else {
                        note = proposal.getError();
                    }
                } catch (ProposalDecisions.NotWaiting decided) {
                    error = decided.getMessage();
                } catch (ForbiddenException refused) {
                    error = "forbidden: approving it needs the right to map this role or to manage this group's members";
                } catch (WebApplicationException refused) {
                    error = refused.getMessage();
                }
            }
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("id", id);
            result.put("status", proposal == null ? null : ProposalStatus.valueOf(proposal.getStatus()).apiName());
            result.put("error", error);
            result.put("note", note);
            results.put(id, result);
        }
        return ids.stream().map(results::get).toList();
    }
}
