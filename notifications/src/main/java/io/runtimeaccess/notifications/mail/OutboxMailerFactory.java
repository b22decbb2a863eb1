package io.runtimeaccess.notifications.mail;

import java.net.URI;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * The node's mail outbox and its sender threads. Options ({@code --spi-runtime-access-mailer--outbox--…}):
 * {@code sender-threads} (default 1: one SMTP connection at a time per node) and {@code outbox-capacity} (default
 * 1000 waiting jobs, one job being one message to its recipients).
 */
public class OutboxMailerFactory implements MailerFactory {

    public static final String PROVIDER_ID = "outbox";
    static final int DEFAULT_THREADS = 1;
    static final int DEFAULT_CAPACITY = 1000;
    private static final Logger LOG = Logger.getLogger(OutboxMailerFactory.class);

    private final AtomicReference<URI> lastBaseUri = new AtomicReference<>();
    private int threads = DEFAULT_THREADS;
    private int capacity = DEFAULT_CAPACITY;
    private MailOutbox outbox;

    @Override
    public void init(Config.Scope config) {
        threads = Math.max(1, Math.min(16, config.getInt("sender-threads", DEFAULT_THREADS)));
        capacity = Math.max(1, config.getInt("outbox-capacity", DEFAULT_CAPACITY));
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        outbox = new MailOutbox(threads, capacity, new KeycloakMailDelivery(factory));
    }

    @Override
    public Mailer create(KeycloakSession session) {
        return new OutboxMailer(session, outbox, lastBaseUri);
    }

    /** The node's outbox, for its counters. */
    public MailOutbox outbox() {
        return outbox;
    }

    @Override
    public void close() {
        if (outbox != null) {
            outbox.stop(5000);
            LOG.infof("Mail outbox stopped: %d sent, %d skipped (no email), %d failed, %d dropped", outbox.sent(),
                    outbox.skipped(), outbox.failed(), outbox.dropped());
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
                .build();
    }
}
