package io.runtimeaccess.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** {@code POST runtime-access/import} of a realm, as an admin sends it. */
final class Imports {

    private Imports() {
    }

    /** {@code query} as sent, {@code ""} or starting with {@code ?}. */
    static HttpResponse<String> post(String base, String realm, String query, JsonNode doc, String token) {
        return AbstractRuntimeAccessIT.send(HttpRequest.newBuilder(URI.create(base + "/admin/realms/" + realm
                + "/runtime-access/import" + query)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(doc.toString())));
    }
}
