package io.runtimeaccess.tickets.registration;

import io.runtimeaccess.sharing.extension.ProviderOptions;
import io.runtimeaccess.tickets.courier.DeliveryTask;
import io.runtimeaccess.tickets.delivery.OutboxBound;
import io.runtimeaccess.tickets.delivery.PollSchedule;
import io.runtimeaccess.tickets.delivery.RetryPolicy;
import io.runtimeaccess.tickets.finding.HighFindings;
import io.runtimeaccess.tickets.outbox.Outbox;
import io.runtimeaccess.tickets.outbox.TicketEntity;
import io.runtimeaccess.tickets.sink.SinkEntity;
import io.runtimeaccess.tickets.sink.SinkOptions;
import io.runtimeaccess.tickets.sink.SinkStore;
import java.time.Duration;
import java.util.List;
import org.keycloak.Config;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * Registers the ticket tables ({@code RA_TICKET_SINK}, {@code RA_TICKET}) with Keycloak's JPA layer, reads the
 * sink's server options, schedules the delivery task and removes a deleted realm's rows. Options
 * ({@code --spi-jpa-entity-provider--runtime-access-tickets--<option>=<value>}): {@value #DELIVERY_INTERVAL}
 * (seconds, 30), {@value #POLL_INTERVAL} (seconds, 300), {@value #RESOLVED_POLL_INTERVAL} (seconds, ten poll
 * intervals), {@value #RESOLVED_POLL_DAYS} (30), {@value #RETRY_FIRST} (seconds, 30), {@value #RETRY_CEILING}
 * (seconds, 3600), {@value #MAX_ATTEMPTS} (8), {@value #OUTBOX_CAPACITY} (per realm, 1000), {@value #TIMEOUT}
 * (seconds, 10), {@value #ALLOW_HTTP_LOCALHOST} (false).
 */
public class TicketsEntityProviderFactory implements JpaEntityProviderFactory, JpaEntityProvider {

    public static final String PROVIDER_ID = "runtime-access-tickets";
    public static final String DELIVERY_INTERVAL = "delivery-interval";
    public static final String POLL_INTERVAL = "poll-interval";
    public static final String RESOLVED_POLL_INTERVAL = "resolved-poll-interval";
    public static final String RESOLVED_POLL_DAYS = "resolved-poll-days";
    public static final String RETRY_FIRST = "retry-first";
    public static final String RETRY_CEILING = "retry-ceiling";
    public static final String MAX_ATTEMPTS = "max-attempts";
    public static final String OUTBOX_CAPACITY = "outbox-capacity";
    public static final String TIMEOUT = "timeout";
    public static final String ALLOW_HTTP_LOCALHOST = "allow-http-localhost";

    @Override
    public List<Class<?>> getEntities() {
        return List.of(SinkEntity.class, TicketEntity.class);
    }

    @Override
    public String getChangelogLocation() {
        return "META-INF/runtime-access-tickets-changelog/master.xml";
    }

    @Override
    public String getFactoryId() {
        return PROVIDER_ID;
    }

    @Override
    public JpaEntityProvider create(KeycloakSession session) {
        return this;
    }

    @Override
    public void init(Config.Scope config) {
        SinkOptions defaults = SinkOptions.DEFAULT;
        RetryPolicy retry = new RetryPolicy(seconds(config, RETRY_FIRST, defaults.retry().first()),
                seconds(config, RETRY_CEILING, defaults.retry().ceiling()),
                ProviderOptions.positive(config, MAX_ATTEMPTS, defaults.retry().maxAttempts()));
        SinkOptions.use(new SinkOptions(seconds(config, DELIVERY_INTERVAL, defaults.deliveryInterval()),
                poll(config), retry,
                new OutboxBound(ProviderOptions.positive(config, OUTBOX_CAPACITY, defaults.bound().capacity())),
                seconds(config, TIMEOUT, defaults.timeout()),
                config.getBoolean(ALLOW_HTTP_LOCALHOST, false)));
    }

    /** The resolved tickets' interval defaults to ten open polls, so a shorter poll interval shortens both. */
    private static PollSchedule poll(Config.Scope config) {
        Duration open = seconds(config, POLL_INTERVAL, PollSchedule.DEFAULT_OPEN_EVERY);
        Duration resolvedFor = Duration.ofDays(ProviderOptions.positive(config, RESOLVED_POLL_DAYS,
                (int) PollSchedule.DEFAULT_RESOLVED_FOR.toDays()));
        return new PollSchedule(open, seconds(config, RESOLVED_POLL_INTERVAL,
                open.multipliedBy(PollSchedule.RESOLVED_FACTOR)), resolvedFor, PollSchedule.DEFAULT_BATCH);
    }

    private static Duration seconds(Config.Scope config, String option, Duration fallback) {
        return Duration.ofSeconds(ProviderOptions.positive(config, option, (int) fallback.getSeconds()));
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        DeliveryTask.scheduleAfterStartup(factory, List.of(new HighFindings()));
        factory.register(event -> {
            if (event instanceof RealmModel.RealmRemovedEvent removed) {
                Outbox.deleteRealm(removed.getKeycloakSession(), removed.getRealm().getId());
                SinkStore.deleteRealm(removed.getKeycloakSession(), removed.getRealm().getId());
            }
        });
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return ProviderConfigurationBuilder.create()
                .property().name(DELIVERY_INTERVAL).type(ProviderConfigProperty.INTEGER_TYPE)
                .helpText("Seconds between two runs of the ticket task (queue HIGH findings, deliver the outbox, "
                        + "poll statuses); one node of a cluster at a time runs it.").defaultValue(30).add()
                .property().name(POLL_INTERVAL).type(ProviderConfigProperty.INTEGER_TYPE)
                .helpText("Seconds between two status polls of one open ticket.").defaultValue(300).add()
                .property().name(RESOLVED_POLL_INTERVAL).type(ProviderConfigProperty.INTEGER_TYPE)
                .helpText("Seconds between two status polls of one resolved ticket, so that one reopened in Jira "
                        + "shows open again; ten poll intervals by default.").add()
                .property().name(RESOLVED_POLL_DAYS).type(ProviderConfigProperty.INTEGER_TYPE)
                .helpText("Days after its resolution during which a resolved ticket is still polled.")
                .defaultValue(30).add()
                .property().name(RETRY_FIRST).type(ProviderConfigProperty.INTEGER_TYPE)
                .helpText("Seconds before the first retry of a failed delivery; doubled per attempt.")
                .defaultValue(30).add()
                .property().name(RETRY_CEILING).type(ProviderConfigProperty.INTEGER_TYPE)
                .helpText("Longest wait in seconds between two delivery attempts.").defaultValue(3600).add()
                .property().name(MAX_ATTEMPTS).type(ProviderConfigProperty.INTEGER_TYPE)
                .helpText("Delivery attempts before a ticket is marked failed.").defaultValue(8).add()
                .property().name(OUTBOX_CAPACITY).type(ProviderConfigProperty.INTEGER_TYPE)
                .helpText("Undelivered tickets per realm; further tickets are refused and counted.")
                .defaultValue(OutboxBound.DEFAULT_CAPACITY).add()
                .property().name(TIMEOUT).type(ProviderConfigProperty.INTEGER_TYPE)
                .helpText("Seconds to connect to Jira and to wait for its answer.").defaultValue(10).add()
                .property().name(ALLOW_HTTP_LOCALHOST).type(ProviderConfigProperty.BOOLEAN_TYPE)
                .helpText("Allows a plain-http Jira base URL on localhost (tests only); https otherwise.")
                .defaultValue(false).add()
                .build();
    }

    @Override
    public void close() {
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
