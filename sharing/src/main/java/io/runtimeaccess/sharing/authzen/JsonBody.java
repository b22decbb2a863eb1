package io.runtimeaccess.sharing.authzen;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.runtimeaccess.sharing.api.BadRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.keycloak.util.JsonSerialization;

/**
 * Reads a check request's JSON body, at most {@value #MAX_BYTES} bytes. A declared larger body is refused
 * before a byte is read; an undeclared (chunked) one is counted while it is parsed and refused as soon as
 * it passes the limit, so no request can make the server buffer or parse more than that.
 */
final class JsonBody {

    /** 1 MiB: a full batch of {@link AccessEvaluationResource#MAX_EVALUATIONS} items is about 250 KB. */
    static final int MAX_BYTES = 1024 * 1024;

    private JsonBody() {
    }

    static JsonNode read(HttpHeaders headers, InputStream body) {
        // AuthZEN: requests MUST say application/json; a wildcard or no type at all is not that
        MediaType type = headers.getMediaType();
        if (type == null) {
            throw BadRequest.invalid("Content-Type", "is required: application/json");
        }
        if (!"application".equalsIgnoreCase(type.getType()) || !"json".equalsIgnoreCase(type.getSubtype())) {
            throw BadRequest.invalid("Content-Type", "must be application/json");
        }
        return read(headers.getHeaderString(HttpHeaders.CONTENT_LENGTH), body);
    }

    /** {@code declared} is the request's Content-Length header, if it has one. */
    static JsonNode read(String declared, InputStream body) {
        if (declared != null && isLargerThanLimit(declared)) {
            throw tooLarge();
        }
        LimitedStream limited = new LimitedStream(body == null ? InputStream.nullInputStream() : body);
        try {
            JsonNode node = JsonSerialization.mapper.readTree(limited);
            if (limited.exceeded) {
                throw tooLarge();
            }
            return node;
        } catch (JsonProcessingException e) {
            if (limited.exceeded) {
                throw tooLarge();
            }
            throw notJson(e);
        } catch (IOException e) {
            if (limited.exceeded) {
                throw tooLarge();
            }
            throw BadRequest.invalid("request", "the body could not be read");
        }
    }

    /**
     * A limit of Jackson's (a number's length, the nesting depth) has no location, and its message names the
     * parser's own settings, which a client neither needs nor should learn: it is told which limit, in words.
     */
    private static BadRequest notJson(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        return BadRequest.invalid("request", at == null ? "is past a limit of the JSON reader (a number too long or"
                + " nesting too deep)"
                : "is not valid JSON (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")");
    }

    private static boolean isLargerThanLimit(String contentLength) {
        try {
            return Long.parseLong(contentLength.trim()) > MAX_BYTES;
        } catch (NumberFormatException e) {
            throw BadRequest.invalid("Content-Length", "is not a number");
        }
    }

    private static WebApplicationException tooLarge() {
        String message = "request: the body is larger than " + MAX_BYTES + " bytes; split the batch";
        return new WebApplicationException(message, Response.status(Response.Status.REQUEST_ENTITY_TOO_LARGE)
                .type(MediaType.APPLICATION_JSON_TYPE).entity(Map.of("field", "request", "error", message)).build());
    }

    /** Counts what the parser reads and reports end of input past the limit, flagging why. */
    private static final class LimitedStream extends FilterInputStream {
        private long remaining = MAX_BYTES;
        private boolean exceeded;

        LimitedStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            if (remaining <= 0) {
                return overLimit();
            }
            int b = super.read();
            if (b >= 0) {
                remaining--;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (remaining <= 0) {
                return overLimit();
            }
            int n = super.read(buffer, offset, (int) Math.min(length, remaining));
            if (n > 0) {
                remaining -= n;
            }
            return n;
        }

        /** At the limit: only a body that really goes on is too large; one of exactly the limit is fine. */
        private int overLimit() throws IOException {
            if (super.read() < 0) {
                return -1;
            }
            exceeded = true;
            throw new IOException("request body over " + MAX_BYTES + " bytes");
        }
    }
}
