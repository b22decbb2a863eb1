package io.runtimeaccess.notifications.mail;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The mail outbox's meters on Keycloak's management endpoint ({@code /metrics} when metrics are enabled), in the
 * registry and naming style of the event listener's pipeline. Prometheus names: {@code runtime_access_mail_queued}
 * (jobs waiting or being sent), {@code runtime_access_mail_sent_total}, {@code runtime_access_mail_skipped_total}
 * and {@code runtime_access_mail_failed_total} (recipients), {@code runtime_access_mail_dropped_total} (jobs: the
 * outbox was full or stopping, or a stop gave up on them). No tag names a realm or a user: the set of series stays
 * fixed whatever the number of realms and users. The counts live in the outbox; the meters read them when scraped.
 */
final class MailMetrics {

    private MailMetrics() {
    }

    static void register(MeterRegistry registry, MailOutbox outbox) {
        Gauge.builder("runtime.access.mail.queued", outbox::queued)
                .description("Mail jobs waiting in the outbox or being sent").register(registry);
        FunctionCounter.builder("runtime.access.mail.sent", outbox, MailOutbox::sent)
                .description("Recipients a mail was sent to").register(registry);
        FunctionCounter.builder("runtime.access.mail.skipped", outbox, MailOutbox::skipped)
                .description("Recipients skipped: no email address, gone, or no SMTP server in the realm")
                .register(registry);
        FunctionCounter.builder("runtime.access.mail.failed", outbox, MailOutbox::failed)
                .description("Recipients whose mail failed to render or to send").register(registry);
        FunctionCounter.builder("runtime.access.mail.dropped", outbox, MailOutbox::dropped)
                .description("Mail jobs dropped: the outbox was full or stopping, or left unsent at shutdown")
                .register(registry);
    }
}
