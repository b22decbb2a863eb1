package io.runtimeaccess.tickets.sink;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;

/**
 * A sink's configuration as an admin sends it; {@code token} is write-only and may be left out to keep the stored one.
 * The GET answer's read-only {@code tokenSet} and {@code refused} are let through, so it may be sent back whole.
 */
@JsonIgnoreProperties({"tokenSet", "refused"})
public class SinkBody {
    public String flavour;
    public String baseUrl;
    public String projectKey;
    public String issueType;
    public String email;
    public Map<String, String> fieldMapping;
    public List<String> sources;
    public String token;
}
