package io.runtimeaccess.tickets.courier;

import io.runtimeaccess.tickets.config.SinkSettings;
import io.runtimeaccess.tickets.delivery.RetryPolicy;
import io.runtimeaccess.tickets.jira.JiraAnswers;
import io.runtimeaccess.tickets.jira.JiraCall;
import io.runtimeaccess.tickets.jira.JiraRequests;
import io.runtimeaccess.tickets.jira.JiraSite;
import io.runtimeaccess.tickets.outbox.TicketEntity;
import io.runtimeaccess.tickets.outbox.TicketPayload;
import io.runtimeaccess.tickets.outbox.TicketState;
import io.runtimeaccess.tickets.sink.SinkEntity;
import io.runtimeaccess.tickets.sink.SinkOptions;
import io.runtimeaccess.tickets.sink.SinkStore;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.vault.VaultStringSecret;

/**
 * Delivers one queued ticket, or polls one delivered ticket's status: an open one found resolved is resolved, a
 * resolved one found open again (reopened in Jira) is open again, one Jira no longer shows (404 or 410) is gone, and
 * a gone one shown again is open or resolved again.
 * The database is read in one short transaction and the outcome written in another: no transaction stays open
 * while Jira answers. Log lines and stored errors name the ticket, the status and the URL, never the token.
 */
final class Courier {

    private static final Logger LOG = Logger.getLogger(Courier.class);
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    static final int MAX_ERROR = 1024;

    private final KeycloakSessionFactory factory;
    private final JiraClient client;

    Courier(KeycloakSessionFactory factory, JiraClient client) {
        this.factory = factory;
        this.client = client;
    }

    /**
     * What a call needs, read in the first transaction. {@code lookup}, on a retry only, is the search for the issue
     * an earlier attempt may have created: Jira can make the issue and still time out or answer 5xx.
     */
    private record Prepared(String ticketId, String siteUrl, JiraCall call, JiraCall lookup, List<String> secrets) {
        /** Without the token, should a log line ever print one. */
        @Override
        public String toString() {
            return "Prepared[ticket=" + ticketId + ", call=" + call + "]";
        }
    }

    /** Delivers the ticket if it is still due; false when Jira gave no answer at all (its site may be down). */
    boolean deliver(String ticketId) {
        Prepared prepared = prepare(ticketId, true);
        if (prepared == null) {
            return true;
        }
        if (prepared.lookup() != null) {
            JiraClient.Answer looked = client.send(prepared.lookup());
            JiraAnswers.Search found = looked.status() == 200 ? JiraAnswers.search(looked.body()) : null;
            if (found == null || !found.understood()) {
                settle(prepared, looked, null, "looking for the issue of an earlier attempt"
                        + (looked.status() == 200 ? ", no search result in the answer" : ""));
                return looked.status() != 0;
            }
            if (found.key() != null) {
                settle(prepared, looked, found.key(), "found: an earlier attempt made it");
                return true;
            }
        }
        JiraClient.Answer answer = client.send(prepared.call());
        String key = answer.status() / 100 == 2 ? JiraAnswers.issueKey(answer.body()) : null;
        settle(prepared, answer, key, answer.status() / 100 == 2 && key == null ? "no issue key in the answer" : null);
        return answer.status() != 0;
    }

    /**
     * Writes an attempt's outcome: the issue's key, or the error and when to try again; {@code why} says how the key
     * was found or what was wrong with the answer.
     */
    private void settle(Prepared prepared, JiraClient.Answer answer, String key, String why) {
        KeycloakModelUtils.runJobInTransaction(factory, session -> {
            TicketEntity ticket = SinkStore.em(session).find(TicketEntity.class, prepared.ticketId());
            if (ticket == null || !TicketState.PENDING.name().equals(ticket.getState())) {
                return;
            }
            if (key != null) {
                ticket.setIssueKey(key);
                // the sink's URL as stored: polling compares the two as text
                ticket.setSiteUrl(prepared.siteUrl());
                ticket.setState(TicketState.OPEN.name());
                ticket.setDeliveredAt(System.currentTimeMillis());
                ticket.setPolledAt(ticket.getDeliveredAt());
                ticket.setLastError(null);
                // the text (usernames, justifications) now lives in Jira: nothing here needs it again
                ticket.setPayload(TicketPayload.DELIVERED);
                LOG.infof("Realm %s: ticket %s opened as %s%s", ticket.getRealmId(), ticket.getId(), key,
                        why == null ? "" : " (" + why + ")");
                return;
            }
            String error = error(answer, prepared.secrets(), why);
            ticket.setLastError(error);
            RetryPolicy.Next next = answer.status() / 100 == 2 ? RetryPolicy.Next.GIVE_UP
                    : SinkOptions.current().retry().after(ticket.getAttempts(), answer.status(), answer.retryAfter());
            if (next.retry()) {
                ticket.setNextAt(System.currentTimeMillis() + next.delay().toMillis());
            } else {
                ticket.setState(TicketState.FAILED.name());
            }
            LOG.warnf("Realm %s: ticket %s, attempt %d to %s failed (%s); %s", ticket.getRealmId(), ticket.getId(),
                    ticket.getAttempts(), prepared.call(), error, next.retry() ? "retried in " + next.delay()
                            : "given up");
        });
    }

    /** Asks the ticket's status and records it; false when Jira gave no answer at all. */
    boolean poll(String ticketId) {
        Prepared prepared = prepare(ticketId, false);
        if (prepared == null) {
            return true;
        }
        JiraClient.Answer answer = client.send(prepared.call());
        JiraAnswers.IssueStatus status = answer.status() == 200 ? JiraAnswers.status(answer.body()) : null;
        KeycloakModelUtils.runJobInTransaction(factory, session -> {
            TicketEntity ticket = SinkStore.em(session).find(TicketEntity.class, ticketId);
            if (ticket == null || !polled(ticket)) {
                return;
            }
            ticket.setPolledAt(System.currentTimeMillis());
            if (answer.status() == 404 || answer.status() == 410) {
                gone(ticket, answer, prepared.secrets());
                return;
            }
            if (status == null) {
                ticket.setLastError(error(answer, prepared.secrets(), "no status in the answer"));
                return;
            }
            ticket.setLastError(null);
            ticket.setStatusName(status.name());
            boolean wasResolved = TicketState.RESOLVED.name().equals(ticket.getState());
            boolean wasGone = TicketState.GONE.name().equals(ticket.getState());
            if (status.resolved() && !wasResolved) {
                ticket.setState(TicketState.RESOLVED.name());
                ticket.setResolvedAt(ticket.getPolledAt());
                LOG.infof("Realm %s: ticket %s (%s) is resolved", ticket.getRealmId(), ticket.getId(),
                        ticket.getIssueKey());
            } else if (!status.resolved() && (wasResolved || wasGone)) {
                ticket.setState(TicketState.OPEN.name());
                ticket.setResolvedAt(null);
                LOG.infof("Realm %s: ticket %s (%s) was %s (%s)", ticket.getRealmId(), ticket.getId(),
                        ticket.getIssueKey(), wasGone ? "seen again" : "reopened", status.name());
            }
        });
        return answer.status() != 0;
    }

    /**
     * Jira answered 404 or 410: the issue was deleted, or the token no longer sees it (rotated to an account
     * without the project, a proxy in maintenance). It is asked again as a resolved ticket is, rarely and for a
     * while ({@code resolvedAt} is when it went), so a fixed token brings it back.
     */
    private static void gone(TicketEntity ticket, JiraClient.Answer answer, List<String> secrets) {
        ticket.setLastError(error(answer, secrets, "the issue is gone or out of the token's sight"));
        if (TicketState.GONE.name().equals(ticket.getState())) {
            return;
        }
        ticket.setState(TicketState.GONE.name());
        ticket.setResolvedAt(ticket.getPolledAt());
        LOG.infof("Realm %s: ticket %s (%s) is gone from Jira (HTTP %d); asked again now and then", ticket.getRealmId(),
                ticket.getId(), ticket.getIssueKey(), answer.status());
    }

    /** Open tickets are polled; resolved and gone ones too, less often: Jira may reopen an issue or show it again. */
    private static boolean polled(TicketEntity ticket) {
        return TicketState.OPEN.name().equals(ticket.getState())
                || TicketState.RESOLVED.name().equals(ticket.getState())
                || TicketState.GONE.name().equals(ticket.getState());
    }

    /** Reads the ticket and its realm's sink and shapes the call, or null when there is nothing to send. */
    private Prepared prepare(String ticketId, boolean create) {
        return KeycloakModelUtils.runJobInTransactionWithResult(factory, session -> {
            if (create && !claimed(session, ticketId)) {
                return null;
            }
            TicketEntity ticket = SinkStore.em(session).find(TicketEntity.class, ticketId);
            SinkEntity sink = ticket == null ? null : SinkStore.find(session, ticket.getRealmId());
            if (sink == null || !create && !sink.getBaseUrl().equals(ticket.getSiteUrl())) {
                return null;
            }
            // a vault reference is resolved in the realm's name
            session.getContext().setRealm(session.realms().getRealm(ticket.getRealmId()));
            SinkSettings settings = SinkStore.settings(sink);
            String token = secret(session, sink.getToken());
            JiraSite site = new JiraSite(settings.baseUrl(), settings.flavour(), settings.email(), token);
            JiraCall call = create ? JiraRequests.create(site, settings.projectKey(), settings.issueType(),
                    settings.fieldMapping(), ticketId, TicketPayload.read(ticket))
                    : JiraRequests.status(site, ticket.getIssueKey());
            // the claim counted this attempt: any earlier one (a node lost after posting included) may have made it
            JiraCall lookup = create && ticket.getAttempts() > 1 ? JiraRequests.findCreated(site, ticketId) : null;
            return new Prepared(ticketId, sink.getBaseUrl(), call, lookup, site.secrets());
        });
    }

    /**
     * Takes a due ticket for this delivery: its next attempt moves past the time the call may take, in one
     * conditional update, so another node's run (the cluster-aware lock ends after one interval, a run may take
     * longer) finds it not due and never posts the same issue twice. The claim also counts the attempt, so that the
     * next one searches for an issue this one may have made even if its node was lost before writing the outcome.
     * The outcome sets the next attempt for real; a node lost in between leaves the ticket due again once the lease
     * is over.
     */
    private static boolean claimed(KeycloakSession session, String ticketId) {
        long now = System.currentTimeMillis();
        return SinkStore.em(session).createNamedQuery("Ticket.claim").setParameter("id", ticketId)
                .setParameter("state", TicketState.PENDING.name()).setParameter("now", now)
                .setParameter("lease", now + 3 * SinkOptions.current().timeout().toMillis() + 1_000)
                .executeUpdate() == 1;
    }

    /** The stored token, or the vault's secret when it is a {@code ${vault.*}} reference. */
    static String secret(KeycloakSession session, String stored) {
        try (VaultStringSecret secret = session.vault().getStringSecret(stored)) {
            Optional<String> value = secret.get();
            return value.map(SinkSettings::vaultToken).orElse(stored);
        }
    }

    /**
     * The stored and logged error: the status and the start of the answer, without the token (nor, for Cloud, the
     * encoded credentials: {@link JiraSite#secrets()}), also as JSON or a URL would escape it, on one line. The
     * answer to a refused credential (401, 403) is left out whole: it is the one most likely to quote the credential,
     * in a spelling no replacement foresees, and its status says what went wrong.
     */
    static String error(JiraClient.Answer answer, List<String> secrets, String why) {
        boolean credentialRefused = answer.status() == 401 || answer.status() == 403;
        String text = (answer.status() == 0 ? "no answer" : "HTTP " + answer.status())
                + (answer.problem() == null ? "" : " " + answer.problem())
                + (why == null ? "" : ", " + why)
                + (answer.body().isEmpty() || credentialRefused ? "" : ": " + answer.body());
        for (String secret : secrets) {
            if (secret != null && !secret.isEmpty()) {
                text = text.replace(secret, "***").replace(jsonEscaped(secret), "***")
                        .replace(URLEncoder.encode(secret, StandardCharsets.UTF_8), "***");
            }
        }
        text = CONTROL.matcher(text).replaceAll(" ");
        return text.length() <= 300 ? text : text.substring(0, 300);
    }

    /** As a JSON writer may spell it: backslash, quote and slash escaped (base64 holds slashes). */
    private static String jsonEscaped(String secret) {
        return secret.replace("\\", "\\\\").replace("\"", "\\\"").replace("/", "\\/");
    }
}
