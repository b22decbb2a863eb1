package io.runtimeaccess.reviews.evidence;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Writes a closed campaign's evidence for auditors, streamed so a campaign of 100,000 items never sits in memory as
 * text: CSV (RFC 4180 through opencsv, one header row, one row per item, every field quoted) and JSON (the campaign's
 * facts and an {@code items} array). Times are ISO-8601 UTC; absent values are empty in CSV and null in JSON.
 *
 * <p>Justifications, labels and usernames come from users, and auditors open the CSV in spreadsheets, which run a
 * cell starting with {@code = + - @} (or a tab or carriage return before one) as a formula. Such a CSV cell gets a
 * leading apostrophe, as OWASP's "CSV injection" advice says; the JSON keeps every value as it is.
 */
public final class EvidenceWriter {

    static final String[] COLUMNS = {"itemId", "username", "userId", "access", "label", "source", "lastUsed",
            "suggestion", "suggestionJustification", "reviewers", "decision", "decidedBy", "decidedAt",
            "justification", "applied", "appliedAt"};
    private static final JsonFactory JSON = new JsonFactory();

    private EvidenceWriter() {
    }

    public static void csv(Iterable<EvidenceRow> rows, OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            ICSVWriter csv = new CSVWriter(writer, ',', '"', '"', "\r\n");
            csv.writeNext(COLUMNS, true);
            for (EvidenceRow row : rows) {
                String[] values = values(row);
                for (int i = 0; i < values.length; i++) {
                    values[i] = inert(values[i]);
                }
                csv.writeNext(values, true);
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void json(CampaignFacts campaign, Iterable<EvidenceRow> rows, OutputStream out) {
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            json.writeStartObject();
            json.writeObjectFieldStart("campaign");
            field(json, "id", campaign.id());
            field(json, "name", campaign.name());
            field(json, "realm", campaign.realm());
            field(json, "scope", campaign.scope());
            field(json, "reviewers", campaign.reviewers());
            field(json, "defaultDecision", campaign.defaultDecision());
            json.writeBooleanField("autoApply", campaign.autoApply());
            field(json, "startedAt", text(campaign.startedAt()));
            field(json, "deadline", text(campaign.deadline()));
            field(json, "closedAt", text(campaign.closedAt()));
            field(json, "closedBy", campaign.closedBy());
            json.writeEndObject();
            json.writeArrayFieldStart("items");
            for (EvidenceRow row : rows) {
                String[] values = values(row);
                json.writeStartObject();
                for (int i = 0; i < COLUMNS.length; i++) {
                    field(json, COLUMNS[i], values[i].isEmpty() ? null : values[i]);
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String[] values(EvidenceRow row) {
        String[] values = {row.itemId(), row.username(), row.userId(), row.access(), row.label(), row.source(),
                text(row.lastUsed()), row.suggestion(), row.suggestionJustification(), row.reviewers(),
                row.decision(), row.decidedBy(), text(row.decidedAt()), row.justification(), row.applied(),
                text(row.appliedAt())};
        for (int i = 0; i < values.length; i++) {
            values[i] = values[i] == null ? "" : values[i];
        }
        return values;
    }

    /** The value, with an apostrophe in front when a spreadsheet would read it as a formula. */
    static String inert(String value) {
        if (value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
                || first == '\r';
        return formula ? "'" + value : value;
    }

    private static void field(JsonGenerator json, String name, String value) throws IOException {
        if (value == null) {
            json.writeNullField(name);
        } else {
            json.writeStringField(name, value);
        }
    }

    private static String text(Instant instant) {
        return instant == null ? "" : instant.toString();
    }
}
