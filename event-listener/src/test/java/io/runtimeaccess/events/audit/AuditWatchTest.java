package io.runtimeaccess.events.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runtimeaccess.anomaly.ScorerSettings;
import io.runtimeaccess.anomaly.audit.AuditTampering;
import io.runtimeaccess.anomaly.finding.Assessment;
import io.runtimeaccess.anomaly.finding.Detection;
import io.runtimeaccess.anomaly.finding.Severity;
import io.runtimeaccess.anomaly.observation.NetworkLocation;
import io.runtimeaccess.events.pipeline.EventPipeline;
import io.runtimeaccess.events.pipeline.SingleRealm;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.keycloak.events.admin.AdminEvent;
import org.keycloak.events.admin.AuthDetails;
import org.keycloak.models.KeycloakContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakTransaction;
import org.keycloak.models.KeycloakTransactionManager;
import org.keycloak.models.RealmModel;
import org.keycloak.representations.AccessToken;

/** The Keycloak side of audit tampering: what is read when, and what reaches the findings. */
class AuditWatchTest {

    private final List<Assessment> findings = new CopyOnWriteArrayList<>();
    private final EventPipeline pipeline = new EventPipeline(10, new SingleRealm(null), Severity.MEDIUM, batch -> {
        findings.addAll(batch);
        return List.of();
    }, Duration.ofHours(1)).start();
    private final AuditWatch watch = new AuditWatch(new AuditTampering(ScorerSettings.defaults().severityBands(), Severity.HIGH),
            ip -> new NetworkLocation("BR", null, null, 64504, "Example Brasil Telecom", Double.NaN, Double.NaN, false),
            pipeline);
    /** The realm's settings, as its model answers them. */
    private final Map<String, Object> realm = new HashMap<>(Map.of("listeners", List.of("jboss-logging",
            AuditTampering.LISTENER), "events", true, "adminEvents", true, "details", true, "expiration", 2_592_000L));
    private final List<KeycloakTransaction> enlisted = new ArrayList<>();

    @AfterEach
    void stop() {
        pipeline.stop();
    }

    @Test
    void removingTheListenerIsAFindingOnceTheChangeCommitted() throws InterruptedException {
        KeycloakSession session = session(true);
        AuditWatch.Before before = watch.before(session);
        realm.put("listeners", List.of("jboss-logging"));
        AuditWatch.Before next = watch.check(session, realm(), adminEvent(), before);
        assertEquals(1, enlisted.size(), "waits for the commit");
        // longer than the pipeline holds a finding for others of its batch, so one raised now would be seen
        Thread.sleep(EventPipeline.FINDINGS_WINDOW.toMillis() + 500);
        assertTrue(findings.isEmpty(), "nothing before the commit");
        enlisted.get(0).begin();
        enlisted.get(0).commit();
        await();
        Assessment finding = findings.get(0);
        assertEquals(Detection.AUDIT_TAMPERING, finding.topReason().detection());
        assertEquals(Severity.HIGH, finding.severity());
        assertEquals("admin-1", finding.userId());
        assertEquals("BR", finding.topReason().evidence().get("country"));
        // The request's next admin event compares with what this one left: nothing new.
        watch.check(session, realm(), adminEvent(), next);
        assertEquals(1, enlisted.size());
    }

    @Test
    void aRolledBackChangeRaisesNothing() throws InterruptedException {
        KeycloakSession session = session(true);
        AuditWatch.Before before = watch.before(session);
        realm.put("adminEvents", false);
        watch.check(session, realm(), adminEvent(), before);
        enlisted.get(0).begin();
        enlisted.get(0).rollback();
        pipeline.stop();
        assertTrue(findings.isEmpty(), "stopping hands on every finding held for its batch: none");
    }

    @Test
    void aRequestWithoutABearerTokenIsNotRead() {
        assertNull(watch.before(session(false)), "a sign-in pays nothing");
        realm.put("events", false);
        assertNull(watch.check(session(false), realm(), adminEvent(), null));
        assertTrue(enlisted.isEmpty());
    }

    @Test
    void anAdminEventExpiryThatIsNotANumberIsNone() {
        assertEquals(0, RealmAuditSettings.seconds("soon"));
        assertEquals(0, RealmAuditSettings.seconds(null));
        assertEquals(3_600, RealmAuditSettings.seconds(" 3600 "));
    }

    private void await() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (findings.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(1, findings.size());
    }

    private static AdminEvent adminEvent() {
        AdminEvent event = new AdminEvent();
        event.setId("event-1");
        event.setTime(1_700_000_000_000L);
        event.setRealmId("realm-1");
        AuthDetails auth = new AuthDetails();
        auth.setUserId("admin-1");
        auth.setIpAddress("203.0.113.200");
        event.setAuthDetails(auth);
        return event;
    }

    @SuppressWarnings("unchecked")
    private RealmModel realm() {
        return proxy(RealmModel.class, (name, args) -> {
            switch (name) {
                case "getId":
                    return "realm-1";
                case "getEventsListenersStream":
                    return ((List<String>) realm.get("listeners")).stream();
                case "isEventsEnabled":
                    return realm.get("events");
                case "isAdminEventsEnabled":
                    return realm.get("adminEvents");
                case "isAdminEventsDetailsEnabled":
                    return realm.get("details");
                case "getEventsExpiration":
                    return realm.get("expiration");
                case "getAttribute":
                    return null;
                default:
                    throw new UnsupportedOperationException(name);
            }
        });
    }

    private KeycloakSession session(boolean bearer) {
        RealmModel model = realm();
        KeycloakContext context = proxy(KeycloakContext.class, (name, args) -> {
            switch (name) {
                case "getBearerToken":
                    return bearer ? new AccessToken() : null;
                case "getHttpRequest":
                    return proxy(org.keycloak.http.HttpRequest.class, (m, a) -> proxy(jakarta.ws.rs.core.UriInfo.class,
                            (p, b) -> "admin/realms/test/events/config"));
                default:
                    throw new UnsupportedOperationException(name);
            }
        });
        org.keycloak.models.RealmProvider realms = proxy(org.keycloak.models.RealmProvider.class,
                (name, args) -> name.equals("getRealmByName") && "test".equals(args[0]) ? model : null);
        KeycloakTransactionManager manager = proxy(KeycloakTransactionManager.class, (name, args) -> {
            if (name.equals("enlistAfterCompletion")) {
                enlisted.add((KeycloakTransaction) args[0]);
                return null;
            }
            throw new UnsupportedOperationException(name);
        });
        return proxy(KeycloakSession.class, (name, args) -> {
            switch (name) {
                case "getContext":
                    return context;
                case "getTransactionManager":
                    return manager;
                case "realms":
                    return realms;
                default:
                    throw new UnsupportedOperationException(name);
            }
        });
    }

    @Test
    void onlyAdminApiPathsNameARealm() {
        assertEquals("organization", AuditWatch.adminRealmName("admin/realms/organization/events/config"));
        assertEquals("organization", AuditWatch.adminRealmName("/auth/admin/realms/organization"));
        assertNull(AuditWatch.adminRealmName("realms/organization/protocol/openid-connect/userinfo"));
        assertNull(AuditWatch.adminRealmName("admin/realms/"));
        assertNull(AuditWatch.adminRealmName(null));
    }

    private interface Answer {
        Object answer(String method, Object[] args);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Answer answer) {
        return (T) Proxy.newProxyInstance(AuditWatchTest.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> answer.answer(method.getName(), args));
    }
}
