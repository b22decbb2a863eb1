package io.runtimeaccess.sharing.authzen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.representations.AccessToken;

/**
 * The AuthZEN 1.0 Search APIs under {@code /realms/{realm}/runtime-access/access/v1/search}, with the
 * evaluation's caller rules: a user may search about itself (resources it may act on, actions it may take), a
 * checker about anyone; "who may do A on R" lists other users, so only a checker may ask it.
 */
@Produces(MediaType.APPLICATION_JSON)
public class SearchEndpoints {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AccessEvaluationResource api;

    SearchEndpoints(KeycloakSession session, RealmModel realm, AccessEvaluationResource api) {
        this.session = session;
        this.realm = realm;
        this.api = api;
    }

    @POST
    @Path("subject")
    public ObjectNode subject(InputStream body) {
        AccessToken caller = api.authenticate().token();
        if (!api.isChecker(caller)) {
            throw new ForbiddenException("a subject search lists other users; it needs the realm role "
                    + AccessEvaluationResource.CHECKER_ROLE + " on a token whose audience includes '"
                    + api.checkerAudience() + "'");
        }
        return search(caller).subjects(read(body));
    }

    @POST
    @Path("resource")
    public ObjectNode resource(InputStream body) {
        AccessToken caller = api.authenticate().token();
        return search(caller).resources(read(body));
    }

    @POST
    @Path("action")
    public ObjectNode action(InputStream body) {
        AccessToken caller = api.authenticate().token();
        return search(caller).actions(read(body));
    }

    private JsonNode read(InputStream body) {
        return Evaluation.readRequest(session.getContext().getRequestHeaders(), body);
    }

    /** A search whose subject is the caller itself, or anyone (an unknown one finds nothing) for a checker. */
    private AccessSearch search(AccessToken caller) {
        boolean checker = api.isChecker(caller);
        return new AccessSearch(session, realm, idOrUsername -> {
            UserModel user = Evaluation.findUser(session, realm, idOrUsername);
            if (!checker && (user == null || !user.getId().equals(caller.getSubject()))) {
                throw new ForbiddenException("a user may only search about itself; other subjects need the realm role "
                        + AccessEvaluationResource.CHECKER_ROLE);
            }
            return user;
        });
    }
}
