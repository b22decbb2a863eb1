package io.runtimeaccess.notifications.mail;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.security.cert.X509Certificate;
import org.keycloak.http.FormPartValue;
import org.keycloak.http.HttpRequest;

/**
 * The request a sender thread's session pretends to serve: no headers (so the locale comes from the user or the
 * realm, never from whoever happened to cause the mail) and the server's base URI for the theme's links. Keycloak's
 * own background work (the brute-force protector) gives its sessions a stand-in request the same way.
 */
final class BackgroundRequest implements HttpRequest {

    private final UriInfo uri;

    BackgroundRequest(URI baseUri) {
        this.uri = new FixedUriInfo(baseUri);
    }

    @Override
    public String getHttpMethod() {
        return "";
    }

    @Override
    public MultivaluedMap<String, String> getDecodedFormParameters() {
        return new MultivaluedHashMap<>();
    }

    @Override
    public MultivaluedMap<String, FormPartValue> getMultiPartFormParameters() {
        return new MultivaluedHashMap<>();
    }

    @Override
    public HttpHeaders getHttpHeaders() {
        return null;
    }

    @Override
    public X509Certificate[] getClientCertificateChain() {
        return null;
    }

    @Override
    public UriInfo getUri() {
        return uri;
    }

    @Override
    public boolean isProxyTrusted() {
        return false;
    }
}
