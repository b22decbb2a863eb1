package io.runtimeaccess.notifications.mail;

import io.micrometer.core.instrument.Metrics;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.email.EmailSenderProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmProvider;
import org.keycloak.models.UserProvider;
import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * The node's mail outbox and its sender threads. Options ({@code --spi-runtime-access-mailer--outbox--…}):
 * {@code sender-threads} (default 1: one SMTP connection at a time per node), {@code outbox-capacity} (default
 * 1000 waiting jobs, one job being one message to its recipients) and {@code shutdown-drain-seconds} (default 10, at
 * most 60: how long a graceful shutdown waits for the queued mails to be sent). Its meters are {@link MailMetrics}.
 */
public class OutboxMailerFactory implements MailerFactory {

    public static final String PROVIDER_ID = "outbox";
    static final int DEFAULT_THREADS = 1;
    static final int DEFAULT_CAPACITY = 1000;
    static final int DEFAULT_DRAIN_SECONDS = 10;
    private static final Logger LOG = Logger.getLogger(OutboxMailerFactory.class);

    private final AtomicReference<URI> lastBaseUri = new AtomicReference<>();
    private int threads = DEFAULT_THREADS;
    private int capacity = DEFAULT_CAPACITY;
    private int drainSeconds = DEFAULT_DRAIN_SECONDS;
    private MailOutbox outbox;

    @Override
    public void init(Config.Scope config) {
        threads = Math.max(1, Math.min(16, config.getInt("sender-threads", DEFAULT_THREADS)));
        capacity = Math.max(1, config.getInt("outbox-capacity", DEFAULT_CAPACITY));
        drainSeconds = Math.max(0, Math.min(60, config.getInt("shutdown-drain-seconds", DEFAULT_DRAIN_SECONDS)));
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        outbox = new MailOutbox(threads, capacity, new KeycloakMailDelivery(factory));
        MailMetrics.register(Metrics.globalRegistry, outbox);
    }

    @Override
    public Mailer create(KeycloakSession session) {
        return new OutboxMailer(session, outbox, lastBaseUri);
    }

    /** The node's outbox, for its counters. */
    public MailOutbox outbox() {
        return outbox;
    }

    /**
     * What {@link #close} still needs: Keycloak closes factories in dependency order and unrelated ones in no set
     * order, and the outbox's last mails read realms and users and go out through Keycloak's email sender.
     */
    @Override
    public Set<Class<? extends Provider>> dependsOn() {
        return Set.of(RealmProvider.class, UserProvider.class, EmailSenderProvider.class);
    }

    @Override
    public void close() {
        if (outbox != null) {
            int queued = outbox.queued();
            int unsent = outbox.stop(drainSeconds * 1000L);
            if (unsent > 0) {
                LOG.warnf("Mail outbox stopped after waiting %d s for %d queued mail job(s): %d left unsent",
                        drainSeconds, queued, unsent);
            }
            LOG.infof("Mail outbox stopped: %d sent, %d skipped (no email), %d failed, %d dropped, %d left unsent",
                    outbox.sent(), outbox.skipped(), outbox.failed(), outbox.dropped(), unsent);
        }
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return ProviderConfigurationBuilder.create()
                .property().name("sender-threads").type("int").defaultValue(DEFAULT_THREADS)
                .helpText("Threads sending mail through the realm's SMTP server, per node").add()
                .property().name("outbox-capacity").type("int").defaultValue(DEFAULT_CAPACITY)
                .helpText("Mail jobs that may wait; more are dropped and counted").add()
                .property().name("shutdown-drain-seconds").type("int").defaultValue(DEFAULT_DRAIN_SECONDS)
                .helpText("Seconds a graceful shutdown waits for queued mail to be sent (at most 60)").add()
                .build();
    }
}
