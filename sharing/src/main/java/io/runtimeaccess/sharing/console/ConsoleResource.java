package io.runtimeaccess.sharing.console;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import org.keycloak.headers.SecurityHeadersProvider;
import org.keycloak.models.KeycloakSession;

/**
 * Serves the admin console's static files at {@code /realms/{realm}/runtime-access/console/}. The console
 * signs in through the realm's {@code runtime-access-console} client and calls the admin API from the
 * browser; these files carry no data and need no authentication.
 *
 * <p>Every answer, a 404 and the redirect included, carries a strict Content-Security-Policy and the
 * other browser security headers. Keycloak's own security-header filter is told to keep out: it would
 * replace the policy with the realm's, and it refuses answers without a body type.
 */
public class ConsoleResource {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-src 'self'; "
            + "frame-ancestors 'self'; base-uri 'self'; form-action 'self'; object-src 'none'";

    private final KeycloakSession session;

    public ConsoleResource(KeycloakSession session) {
        this.session = session;
    }

    /** {@code console} goes to {@code console/}, so the page's relative asset URLs resolve under it. */
    @GET
    public Response index() {
        URI request = session.getContext().getUri().getRequestUri();
        String rawPath = request.getRawPath();
        if (!rawPath.endsWith("/")) {
            return secured(Response.status(Response.Status.FOUND)
                    .location(URI.create(request.getScheme() + "://" + request.getRawAuthority() + rawPath + "/")));
        }
        return file(ConsoleFiles.INDEX, "the admin console is not part of this build of the runtime-access provider");
    }

    @GET
    @Path("{path:.+}")
    public Response asset(@PathParam("path") String path) {
        // A percent escape in the raw path could hide a separator or a dot; no built file name needs one.
        String rawPath = session.getContext().getUri().getRequestUri().getRawPath();
        if (rawPath.indexOf('%') >= 0 || !ConsoleFiles.allowed(path)) {
            return notFound("no such console file");
        }
        return file(path, "no such console file");
    }

    private Response file(String path, String missing) {
        Optional<byte[]> bytes = ConsoleFiles.read(path);
        if (bytes.isEmpty()) {
            return notFound(missing);
        }
        return secured(Response.ok(bytes.get()).header("Content-Type", ConsoleFiles.contentType(path))
                .header("Cache-Control", ConsoleFiles.cacheControl(path)));
    }

    private Response notFound(String message) {
        return secured(Response.status(Response.Status.NOT_FOUND).type(MediaType.TEXT_PLAIN_TYPE.withCharset("utf-8"))
                .header("Cache-Control", "no-cache").entity(message));
    }

    private Response secured(Response.ResponseBuilder response) {
        session.getProvider(SecurityHeadersProvider.class).options().skipHeaders();
        return response.header("Content-Security-Policy", CSP)
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "SAMEORIGIN")
                .header("Referrer-Policy", "no-referrer")
                .build();
    }
}
