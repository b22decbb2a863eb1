package io.runtimeaccess.lifecycle.offboard;

import com.fasterxml.jackson.databind.JsonNode;
import io.runtimeaccess.lifecycle.plan.PlanScope;
import io.runtimeaccess.lifecycle.plan.StepCounts;
import io.runtimeaccess.lifecycle.plan.UserStep;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.keycloak.util.JsonSerialization;

/** The JSON of a plan: its summary, and with its users what the dry run found and what apply removed per user. */
final class PlanViews {

    private PlanViews() {
    }

    /** A plan in a list: its progress, without users or the dry run's totals (reading those is per user). */
    static Map<String, Object> summary(OffboardingPlanEntity plan, StepCounts counts) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", plan.getId());
        PlanScope scope = PlanScope.valueOf(plan.getScope());
        view.put("scope", scope.apiName());
        view.put(scope.field(), plan.getScopeId());
        view.put("scopeName", plan.getScopeName());
        view.put("status", plan.getStatus().toLowerCase(Locale.ROOT));
        view.put("reason", plan.getReason());
        view.put("createdAt", Instant.ofEpochMilli(plan.getCreatedAt()).toString());
        view.put("createdBy", plan.getCreatedBy());
        view.put("appliedAt", plan.getAppliedAt() == null ? null : Instant.ofEpochMilli(plan.getAppliedAt()).toString());
        Map<String, Object> progress = new LinkedHashMap<>();
        progress.put("users", counts.total());
        progress.put("done", counts.done());
        progress.put("gone", counts.gone());
        progress.put("failed", counts.failed());
        progress.put("pending", counts.pending());
        view.put("progress", progress);
        return view;
    }

    static Map<String, Object> withUsers(OffboardingPlanEntity plan, List<OffboardingUserEntity> users) {
        Map<String, Object> view = summary(plan, StepCounts.of(users.stream().map(u -> UserStep.valueOf(u.getState()))
                .toList()));
        view.put("affected", affected(users));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (OffboardingUserEntity user : users) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("userId", user.getUserId());
            row.put("username", user.getUsername());
            row.put("state", user.getState().toLowerCase(Locale.ROOT));
            row.put("planned", tree(user.getPlanned()));
            row.put("applied", user.getApplied() == null ? null : tree(user.getApplied()));
            row.put("error", user.getError());
            row.put("doneAt", user.getDoneAt() == null ? null : Instant.ofEpochMilli(user.getDoneAt()).toString());
            rows.add(row);
        }
        view.put("users", rows);
        return view;
    }

    /** Totals of the dry run: accounts to disable, grants, memberships, sessions and open access requests. */
    private static Map<String, Object> affected(List<OffboardingUserEntity> users) {
        long accounts = 0;
        long grants = 0;
        long memberships = 0;
        long sessions = 0;
        long requests = 0;
        for (OffboardingUserEntity user : users) {
            JsonNode planned = tree(user.getPlanned());
            accounts += planned.path("enabled").asBoolean() ? 1 : 0;
            grants += planned.path("grants").size();
            memberships += planned.path("memberships").size();
            sessions += planned.path("sessions").asLong() + planned.path("offlineSessions").asLong();
            requests += planned.path("requests").size();
        }
        Map<String, Object> totals = new LinkedHashMap<>();
        totals.put("enabledAccounts", accounts);
        totals.put("grants", grants);
        totals.put("memberships", memberships);
        totals.put("sessions", sessions);
        totals.put("requests", requests);
        return totals;
    }

    private static JsonNode tree(String json) {
        try {
            return JsonSerialization.mapper.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
