package io.runtimeaccess.sharing.authzen;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.Urls;
import org.keycloak.wellknown.WellKnownProvider;

/**
 * A realm's AuthZEN Policy Decision Point metadata (AuthZEN 1.0 § "Policy Decision Point Metadata"). The PDP
 * identifier is the realm's URL, {@code {base}/realms/{realm}}, so the document is served where the
 * specification derives it from that identifier, {@code {base}/.well-known/authzen-configuration/realms/{realm}},
 * and where Keycloak serves a realm's other metadata, {@code {base}/realms/{realm}/.well-known/authzen-configuration}.
 * An endpoint that is not served is left out: its absence is how a PEP learns the PDP lacks it. There is no
 * {@code capabilities} member: it lists URNs of the IANA AuthZEN capabilities registry, and this PDP implements
 * none beyond the core API (no extra {@code page} keys, no signed metadata).
 */
final class PdpMetadata implements WellKnownProvider {

    private final KeycloakSession session;

    PdpMetadata(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public Object getConfig() {
        RealmModel realm = session.getContext().getRealm();
        return of(session.getContext().getUri().getBaseUri().toString(), realm.getName());
    }

    /** The metadata of realm {@code realmName} served under {@code baseUri} (with or without a trailing slash). */
    static Map<String, Object> of(String baseUri, String realmName) {
        int end = baseUri.length();
        while (end > 0 && baseUri.charAt(end - 1) == '/') {
            end--;
        }
        // the realm's URL as Keycloak writes its issuer, the name percent-encoded (a realm name may hold a space or
        // accented letters); built per discovery request, which no check or token waits for
        String identifier = Urls.realmIssuer(URI.create(baseUri.substring(0, end)), realmName);
        String api = identifier + "/" + AccessEvaluationResourceProvider.PROVIDER_ID;
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("policy_decision_point", identifier);
        metadata.put("access_evaluation_endpoint", api + "/access/v1/evaluation");
        metadata.put("access_evaluations_endpoint", api + "/access/v1/evaluations");
        metadata.put("search_subject_endpoint", api + "/access/v1/search/subject");
        metadata.put("search_resource_endpoint", api + "/access/v1/search/resource");
        metadata.put("search_action_endpoint", api + "/access/v1/search/action");
        return metadata;
    }

    @Override
    public void close() {
    }
}
