package io.runtimeaccess.governance.queue;

import com.fasterxml.jackson.core.type.TypeReference;
import io.runtimeaccess.governance.access.AccessKind;
import io.runtimeaccess.governance.proposal.Category;
import io.runtimeaccess.governance.proposal.ChangeType;
import io.runtimeaccess.governance.proposal.Proposal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.util.JsonSerialization;

/** A proposal between its three forms: the core's {@link Proposal}, the stored entity and the API representation. */
public final class ProposalView {

    static final int MODEL_VERSION = 64;
    static final int SOURCE = 255;

    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private ProposalView() {
    }

    /** A new, waiting proposal of the realm. */
    static ProposalEntity newEntity(String realmId, Proposal proposal, String username, String source, long now) {
        ProposalEntity entity = new ProposalEntity();
        entity.setId(KeycloakModelUtils.generateId());
        entity.setRealmId(realmId);
        entity.setFingerprint(ProposalStore.hash(proposal.fingerprint()));
        entity.setStatus(ProposalStatus.PROPOSED.name());
        entity.setCategory(proposal.category().name());
        entity.setChangeType(proposal.change().name());
        entity.setUserId(proposal.userId());
        entity.setUsername(username);
        if (proposal.item() != null) {
            entity.setItemKey(proposal.item().key());
            entity.setItemLabel(proposal.item().label());
            entity.setItemKind(proposal.item().kind().name());
            entity.setItemSolutionId(proposal.item().solutionId());
            entity.setItemPrivileged(proposal.item().privileged());
        }
        entity.setConfidence(proposal.confidence());
        entity.setJustification(proposal.justification());
        entity.setEvidence(json(proposal.evidence()));
        entity.setModelVersion(cut(proposal.modelVersion(), MODEL_VERSION));
        entity.setInputs(json(proposal.inputs()));
        entity.setSource(cut(source, SOURCE));
        entity.setCreatedAt(now);
        return entity;
    }

    /** The API representation (names and enums in API spelling, instants in ISO-8601). */
    public static Map<String, Object> representation(ProposalEntity entity) {
        Map<String, Object> rep = new LinkedHashMap<>();
        rep.put("id", entity.getId());
        rep.put("status", ProposalStatus.valueOf(entity.getStatus()).apiName());
        rep.put("category", Category.valueOf(entity.getCategory()).apiName());
        rep.put("change", changeName(ChangeType.valueOf(entity.getChangeType())));
        rep.put("userId", entity.getUserId());
        rep.put("username", entity.getUsername());
        rep.put("item", item(entity));
        rep.put("confidence", entity.getConfidence());
        rep.put("justification", entity.getJustification());
        rep.put("evidence", read(entity.getEvidence(), OBJECT));
        rep.put("modelVersion", entity.getModelVersion());
        rep.put("inputs", read(entity.getInputs(), STRINGS));
        rep.put("source", entity.getSource());
        rep.put("createdAt", instant(entity.getCreatedAt()));
        rep.put("decidedAt", instant(entity.getDecidedAt()));
        rep.put("decidedBy", entity.getDecidedBy());
        rep.put("reason", entity.getReason());
        rep.put("appliedAt", instant(entity.getAppliedAt()));
        rep.put("error", entity.getError());
        return rep;
    }

    /** {@code add}, {@code remove}, {@code review}, {@code disable-user}. */
    public static String changeName(ChangeType change) {
        return change.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static Map<String, Object> item(ProposalEntity entity) {
        if (entity.getItemKey() == null) {
            return null;
        }
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("kind", AccessKind.valueOf(entity.getItemKind()).prefix());
        item.put("key", entity.getItemKey());
        item.put("label", entity.getItemLabel());
        item.put("solutionId", entity.getItemSolutionId());
        item.put("privileged", entity.isItemPrivileged());
        return item;
    }

    private static String instant(Long epochMillis) {
        return epochMillis == null ? null : Instant.ofEpochMilli(epochMillis).toString();
    }

    static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    private static String json(Object value) {
        try {
            return JsonSerialization.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return JsonSerialization.readValue(json, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
