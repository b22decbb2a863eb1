package io.runtimeaccess.events.listener;

import io.runtimeaccess.anomaly.ScorerSettings;
import io.runtimeaccess.anomaly.audit.AuditTampering;
import io.runtimeaccess.anomaly.network.IpLocator;
import io.runtimeaccess.anomaly.network.RangeTableLocator;
import io.runtimeaccess.anomaly.observation.NetworkLocation;
import io.runtimeaccess.events.audit.AuditWatch;
import io.runtimeaccess.events.baseline.RealmBaselines;
import io.runtimeaccess.events.finding.CurrentWebhook;
import io.runtimeaccess.events.finding.FindingRecorder;
import io.runtimeaccess.events.finding.FindingStore;
import io.runtimeaccess.events.pipeline.AfterCommit;
import io.runtimeaccess.events.pipeline.EventPipeline;
import io.runtimeaccess.events.pipeline.PipelineMetrics;
import io.runtimeaccess.events.settings.SettingsStore;
import io.runtimeaccess.events.sink.WebhookAddresses;
import io.runtimeaccess.events.sink.WebhookSink;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventListenerProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RealmProvider;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserProvider;
import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderConfigProperty;

/**
 * The {@code runtime-access-events} listener: realm admins add it to a realm's event listeners, and
 * from then on the realm's login and admin events are scored. One pipeline (queue, worker, scorers)
 * and one webhook outbox per node.
 */
public class RuntimeAccessEventListenerFactory implements EventListenerProviderFactory {

    public static final String PROVIDER_ID = "runtime-access-events";
    private static final Logger LOG = Logger.getLogger(RuntimeAccessEventListenerFactory.class);

    private EventListenerConfig config;
    private PrivilegedAccess privilegedAccess;
    private WebhookAddresses webhookAddresses;
    private WebhookSink webhook;
    private EventPipeline pipeline;
    private AuditWatch audit;

    @Override
    public void init(Config.Scope scope) {
        config = new EventListenerConfig(scope);
        privilegedAccess = new PrivilegedAccess(config.privilegedRoles());
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        webhookAddresses = new WebhookAddresses(config.webhookAllowInternal());
        webhook = new WebhookSink(config.outboxCapacity(), Duration.ofSeconds(1), Duration.ofMinutes(1),
                Duration.ofSeconds(5), webhookAddresses, new CurrentWebhook(factory)).start();
        IpLocator locator = locator();
        RealmBaselines baselines = new RealmBaselines(factory, locator, config.scorerSettings(), config.stateBudget());
        pipeline = new EventPipeline(config.queueCapacity(), baselines, config.findingSeverity(),
                new FindingRecorder(factory, webhook), Duration.ofSeconds(config.snapshotIntervalSeconds())).start();
        audit = new AuditWatch(new AuditTampering(ScorerSettings.defaults().severityBands(),
                config.auditTamperingSeverity()), locator, pipeline);
        meterWebhook(pipeline.metrics());
        factory.register(event -> {
            if (event instanceof RealmModel.RealmRemovedEvent) {
                RealmModel.RealmRemovedEvent removed = (RealmModel.RealmRemovedEvent) event;
                new FindingStore(removed.getKeycloakSession(), removed.getRealm()).deleteRealm();
                new SettingsStore(removed.getKeycloakSession()).deleteRealm(removed.getRealm().getId());
                AfterCommit.offer(removed.getKeycloakSession(), pipeline,
                        new EventPipeline.RealmRemoved(removed.getRealm().getId()));
            } else if (event instanceof UserModel.UserRemovedEvent) {
                userRemoved((UserModel.UserRemovedEvent) event);
            }
        });
    }

    /**
     * A deleted user's findings stay for audit without the link to the user, in the deletion's transaction;
     * what the scorer learned about them goes once it committed. A master-realm user administers every realm.
     */
    private void userRemoved(UserModel.UserRemovedEvent removed) {
        boolean master = Config.getAdminRealm().equals(removed.getRealm().getName());
        String userId = removed.getUser().getId();
        FindingStore.unlinkUser(removed.getKeycloakSession(), removed.getRealm(), userId, master);
        AfterCommit.offer(removed.getKeycloakSession(), pipeline,
                new EventPipeline.UserRemoved(removed.getRealm().getId(), userId, master));
    }

    private void meterWebhook(PipelineMetrics metrics) {
        metrics.gauge("runtime.access.webhook.outbox.depth", "Webhook deliveries waiting", webhook::depth);
        metrics.gauge("runtime.access.webhook.delivered", "Webhook deliveries accepted by the receiver",
                webhook::delivered);
        metrics.gauge("runtime.access.webhook.dropped", "Webhook deliveries dropped (outbox full or given up)",
                webhook::dropped);
        metrics.counter("runtime.access.webhook.failures", "Webhook delivery attempts that failed or were refused",
                webhook, WebhookSink::failedAttempts);
    }

    private IpLocator locator() {
        if (!config.hasIpLocationFiles()) {
            LOG.info("No IP location files configured: country and ASN detections see every address as unknown");
            return ip -> NetworkLocation.UNKNOWN;
        }
        try (Reader countries = open(config.ipCountryFile()); Reader asns = open(config.ipAsnFile());
                Reader cities = open(config.ipCityFile()); Reader countries6 = open(config.ipCountryIpv6File());
                Reader asns6 = open(config.ipAsnIpv6File()); Reader cities6 = open(config.ipCityIpv6File())) {
            RangeTableLocator locator = RangeTableLocator.read(Arrays.asList(countries, countries6),
                    Arrays.asList(asns, asns6), Arrays.asList(cities, cities6));
            LOG.infof("IP location tables read: %s", locator.sizes());
            return locator;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the IP location files", e);
        }
    }

    private static Reader open(String file) throws IOException {
        return file == null ? null : Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8);
    }

    @Override
    public EventListenerProvider create(KeycloakSession session) {
        return new RuntimeAccessEventListener(session, pipeline, privilegedAccess, audit);
    }

    /** For the findings settings API: the same address rule at save time as at delivery time. */
    public WebhookAddresses webhookAddresses() {
        return webhookAddresses;
    }

    /** The node's webhook outbox, for other modules' CloudEvents to the same realm webhook as the findings. */
    public WebhookSink webhook() {
        return webhook;
    }

    /** For the findings admin API: a dismissal goes through the same queue as the events. */
    public EventPipeline pipeline() {
        return pipeline;
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return EventListenerConfig.properties();
    }

    /**
     * What {@link #close} still needs: Keycloak closes factories in dependency order, unrelated ones in no set order,
     * and the pipeline's stop stores the last findings and saves the learned state through the database.
     */
    @Override
    public Set<Class<? extends Provider>> dependsOn() {
        return Set.of(JpaConnectionProvider.class, RealmProvider.class, UserProvider.class);
    }

    @Override
    public void close() {
        if (pipeline != null) {
            pipeline.stop();
        }
        if (webhook != null) {
            webhook.stop();
        }
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
