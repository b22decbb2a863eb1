package io.runtimeaccess.requests.request;

import io.runtimeaccess.requests.fulfilment.ManualStep;
import io.runtimeaccess.requests.item.ItemView;
import io.runtimeaccess.requests.lifecycle.RequestStatus;
import io.runtimeaccess.requests.policy.ItemKind;
import io.runtimeaccess.requests.store.AccessRequestEntity;
import io.runtimeaccess.requests.store.RequestDecisionEntity;
import io.runtimeaccess.requests.store.RequestStore;
import io.runtimeaccess.sharing.store.Usernames;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/** A request as every API shows it, with its decisions in order. */
public final class RequestView {

    private RequestView() {
    }

    public static Map<String, Object> of(KeycloakSession session, RealmModel realm, AccessRequestEntity request,
            List<RequestDecisionEntity> decisions) {
        return of(request, decisions, ManualStep.ticket(session, realm, request), usernames(session, realm,
                List.of(request), decisions));
    }

    /**
     * A page of requests as {@link #of} shows each: their decisions read in one query, their tickets in one look,
     * their users' names in one, instead of a few queries per request.
     */
    public static List<Map<String, Object>> page(KeycloakSession session, RealmModel realm, RequestStore store,
            List<AccessRequestEntity> requests) {
        Map<String, List<RequestDecisionEntity>> decisions = store.decisions(requests.stream()
                .map(AccessRequestEntity::getId).toList());
        Map<String, Map<String, Object>> tickets = ManualStep.tickets(session, realm, requests);
        Function<String, String> usernames = usernames(session, realm, requests,
                decisions.values().stream().flatMap(List::stream).toList());
        return requests.stream().map(r -> of(r, decisions.getOrDefault(r.getId(), List.of()), tickets.get(r.getId()),
                usernames)).toList();
    }

    private static Map<String, Object> of(AccessRequestEntity request, List<RequestDecisionEntity> decisions,
            Map<String, Object> ticket, Function<String, String> usernames) {
        Map<String, Object> rep = new LinkedHashMap<>();
        rep.put("id", request.getId());
        rep.put("itemId", request.getItemId());
        ItemKind kind = ItemKind.valueOf(request.getKind());
        rep.put("kind", kind.apiName());
        ItemView.target(rep, kind, request.getScopeId(), request.getTarget());
        rep.put("requesterId", request.getRequesterId());
        rep.put("requester", usernames.apply(request.getRequesterId()));
        rep.put("status", RequestStatus.valueOf(request.getStatus()).apiName());
        rep.put("duration", ItemView.duration(request.getDurationSeconds()));
        rep.put("justification", request.getJustification());
        rep.put("ticket", request.getTicket());
        rep.put("createdAt", time(request.getCreatedAt()));
        rep.put("decidedAt", time(request.getDecidedAt()));
        rep.put("expiresAt", time(request.getExpiresAt()));
        rep.put("endedAt", time(request.getEndedAt()));
        rep.put("grantId", request.getGrantId());
        rep.put("fulfilmentTicket", ticket);
        rep.put("decisions", decisions.stream().map(d -> decision(d, usernames)).toList());
        return rep;
    }

    private static Map<String, Object> decision(RequestDecisionEntity d, Function<String, String> usernames) {
        Map<String, Object> rep = new LinkedHashMap<>();
        rep.put("approverId", d.getApproverId());
        rep.put("approver", usernames.apply(d.getApproverId()));
        rep.put("outcome", d.getOutcome().toLowerCase(Locale.ROOT));
        rep.put("comment", d.getNote());
        rep.put("decidedAt", time(d.getDecidedAt()));
        return rep;
    }

    /** The requesters' and approvers' usernames by user id; null for a user who is gone. */
    private static Function<String, String> usernames(KeycloakSession session, RealmModel realm,
            List<AccessRequestEntity> requests, List<RequestDecisionEntity> decisions) {
        List<String> ids = new ArrayList<>();
        requests.forEach(r -> ids.add(r.getRequesterId()));
        decisions.forEach(d -> ids.add(d.getApproverId()));
        return Usernames.of(session, realm, ids)::get;
    }

    private static String time(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis).toString();
    }
}
