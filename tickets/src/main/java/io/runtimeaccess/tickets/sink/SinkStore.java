package io.runtimeaccess.tickets.sink;

import com.fasterxml.jackson.core.type.TypeReference;
import io.runtimeaccess.sharing.api.BadRequest;
import io.runtimeaccess.tickets.config.FieldMapping;
import io.runtimeaccess.tickets.config.JiraFlavour;
import io.runtimeaccess.tickets.config.SinkSettings;
import io.runtimeaccess.tickets.ticket.SourceKind;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelDuplicateException;
import org.keycloak.util.JsonSerialization;

/** Reads and writes a realm's sink; the stored rows back to validated {@link SinkSettings}. */
public final class SinkStore {

    private SinkStore() {
    }

    public static EntityManager em(KeycloakSession session) {
        return session.getProvider(JpaConnectionProvider.class).getEntityManager();
    }

    /** The realm's sink, or null. */
    public static SinkEntity find(KeycloakSession session, String realmId) {
        return em(session).find(SinkEntity.class, realmId);
    }

    /**
     * Creates or replaces the realm's sink; a null token keeps the stored one (the caller checked there is one). A
     * sink created while another admin creates the realm's first one at the same moment is a 409 naming
     * {@code config} and stores nothing: the insert waits for theirs and then fails on the key.
     */
    static SinkEntity save(KeycloakSession session, String realmId, SinkSettings settings, String token) {
        SinkEntity sink = find(session, realmId);
        long now = System.currentTimeMillis();
        boolean created = sink == null;
        if (created) {
            sink = new SinkEntity();
            sink.setRealmId(realmId);
            sink.setCreatedAt(now);
        }
        sink.setFlavour(settings.flavour().id());
        sink.setBaseUrl(settings.baseUrl().toString());
        sink.setProjectKey(settings.projectKey());
        sink.setIssueType(settings.issueType());
        sink.setEmail(settings.email());
        sink.setFieldMapping(json(settings.fieldMapping().asNames()));
        boolean tookFindings = !created && sources(sink).contains(SourceKind.FINDING);
        if (settings.sources().contains(SourceKind.FINDING) && !tookFindings) {
            sink.setFindingsSince(now);
        }
        sink.setSources(settings.sources().stream().map(SourceKind::id).collect(Collectors.joining(",")));
        if (token != null) {
            sink.setToken(token);
        }
        sink.setUpdatedAt(now);
        if (created) {
            em(session).persist(sink);
            try {
                em(session).flush();
            } catch (ModelDuplicateException raced) {
                BadRequest.rollbackRequest();
                throw BadRequest.conflict("config", "another admin created the realm's ticket sink at the same"
                        + " moment; read it, then save again");
            }
        }
        return sink;
    }

    public static void deleteRealm(KeycloakSession session, String realmId) {
        em(session).createNamedQuery("TicketSink.deleteRealm").setParameter("realmId", realmId).executeUpdate();
    }

    /** The stored sink as settings; it was validated when saved. */
    public static SinkSettings settings(SinkEntity sink) {
        return new SinkSettings(JiraFlavour.of(sink.getFlavour()), URI.create(sink.getBaseUrl()),
                sink.getProjectKey(), sink.getIssueType(), sink.getEmail(), FieldMapping.of(mapping(sink)),
                sources(sink));
    }

    public static Set<SourceKind> sources(SinkEntity sink) {
        Set<SourceKind> kinds = EnumSet.noneOf(SourceKind.class);
        Arrays.stream(sink.getSources().split(",")).map(SourceKind::of).filter(k -> k != null).forEach(kinds::add);
        return kinds;
    }

    static Map<String, String> mapping(SinkEntity sink) {
        try {
            return JsonSerialization.readValue(sink.getFieldMapping(), new TypeReference<Map<String, String>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String json(Object value) {
        try {
            return JsonSerialization.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
