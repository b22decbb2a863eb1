package io.runtimeaccess.requests.request;

import io.runtimeaccess.requests.fulfilment.ManualStep;
import io.runtimeaccess.requests.item.ItemView;
import io.runtimeaccess.requests.lifecycle.RequestStatus;
import io.runtimeaccess.requests.policy.ItemKind;
import io.runtimeaccess.requests.store.AccessRequestEntity;
import io.runtimeaccess.requests.store.RequestDecisionEntity;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/** A request as every API shows it, with its decisions in order. */
public final class RequestView {

    private RequestView() {
    }

    public static Map<String, Object> of(KeycloakSession session, RealmModel realm, AccessRequestEntity request,
            List<RequestDecisionEntity> decisions) {
        Map<String, Object> rep = new LinkedHashMap<>();
        rep.put("id", request.getId());
        rep.put("itemId", request.getItemId());
        ItemKind kind = ItemKind.valueOf(request.getKind());
        rep.put("kind", kind.apiName());
        ItemView.target(rep, kind, request.getScopeId(), request.getTarget());
        rep.put("requesterId", request.getRequesterId());
        rep.put("requester", username(session, realm, request.getRequesterId()));
        rep.put("status", RequestStatus.valueOf(request.getStatus()).apiName());
        rep.put("duration", ItemView.duration(request.getDurationSeconds()));
        rep.put("justification", request.getJustification());
        rep.put("ticket", request.getTicket());
        rep.put("createdAt", time(request.getCreatedAt()));
        rep.put("decidedAt", time(request.getDecidedAt()));
        rep.put("expiresAt", time(request.getExpiresAt()));
        rep.put("endedAt", time(request.getEndedAt()));
        rep.put("grantId", request.getGrantId());
        rep.put("fulfilmentTicket", ManualStep.ticket(session, realm, request));
        rep.put("decisions", decisions.stream().map(d -> decision(session, realm, d)).toList());
        return rep;
    }

    private static Map<String, Object> decision(KeycloakSession session, RealmModel realm, RequestDecisionEntity d) {
        Map<String, Object> rep = new LinkedHashMap<>();
        rep.put("approverId", d.getApproverId());
        rep.put("approver", username(session, realm, d.getApproverId()));
        rep.put("outcome", d.getOutcome().toLowerCase(Locale.ROOT));
        rep.put("comment", d.getNote());
        rep.put("decidedAt", time(d.getDecidedAt()));
        return rep;
    }

    private static String username(KeycloakSession session, RealmModel realm, String userId) {
        UserModel user = session.users().getUserById(realm, userId);
        return user == null ? null : user.getUsername();
    }

    private static String time(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis).toString();
    }
}
