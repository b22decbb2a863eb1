package io.runtimeaccess.tickets.courier;

import io.runtimeaccess.sharing.api.BadRequest;
import io.runtimeaccess.tickets.config.SinkSettings;
import io.runtimeaccess.tickets.jira.JiraAnswers;
import io.runtimeaccess.tickets.jira.JiraRequests;
import io.runtimeaccess.tickets.jira.JiraSite;
import io.runtimeaccess.tickets.sink.SinkEntity;
import io.runtimeaccess.tickets.sink.SinkOptions;
import io.runtimeaccess.tickets.sink.SinkStore;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/**
 * {@code POST .../runtime-access/tickets/test}: asks the configured Jira who the stored credentials are
 * ({@code myself}), so a wrong site, token or email shows before the first ticket. It answers 200 whatever Jira
 * said: {@code {"ok":true,"status":200,"account"}} or {@code {"ok":false,"status","error"}} with the error as the
 * outbox stores one (the token replaced by {@code ***}). {@code manage-realm}: it sends the stored secret out.
 * The project and issue type are not checked: that needs project permissions the account may lack.
 */
@Produces(MediaType.APPLICATION_JSON)
public class ConnectionTestResource {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AdminPermissionEvaluator auth;

    public ConnectionTestResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth) {
        this.session = session;
        this.realm = realm;
        this.auth = auth;
    }

    @POST
    public Map<String, Object> test() {
        auth.realm().requireManageRealm();
        SinkEntity sink = SinkStore.find(session, realm.getId());
        if (sink == null) {
            throw BadRequest.notFound("config", "the realm has no ticket sink");
        }
        SinkSettings settings = SinkStore.settings(sink);
        String token = Courier.secret(session, sink.getToken());
        JiraSite site = new JiraSite(settings.baseUrl(), settings.flavour(), settings.email(), token);
        JiraClient.Answer answer = TestClient.CLIENT.send(JiraRequests.myself(site));
        Map<String, Object> result = new LinkedHashMap<>();
        boolean ok = answer.status() == 200;
        result.put("ok", ok);
        result.put("status", answer.status());
        if (ok) {
            result.put("account", JiraAnswers.accountName(answer.body()));
        } else {
            result.put("error", Courier.error(answer, site.secrets(), null));
        }
        return result;
    }

    /**
     * One client for every connection test, made at the first: each HTTP client keeps a selector thread until it is
     * collected, and the timeout is a server option, fixed once the server has started.
     */
    private static final class TestClient {
        static final JiraClient CLIENT = new JiraClient(SinkOptions.current().timeout());
    }
}
