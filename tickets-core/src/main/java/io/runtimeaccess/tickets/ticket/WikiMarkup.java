package io.runtimeaccess.tickets.ticket;

import java.util.regex.Pattern;

/**
 * A ticket's description in Jira wiki markup, which Jira Data Center's REST v2 takes as a plain string. Every
 * character the renderer gives a meaning is escaped with a backslash, so text from a sign-in or a request cannot
 * add a link, an image, a macro ({@code {html}}, {@code {code}}), a mention, a table cell or formatting; a backslash
 * itself is written as the character reference {@code &#92;} because {@code \\} is a forced line break. Line-start
 * block markers ({@code h1.}, {@code bq.}) lose their meaning through an escaped dot. Facts are a two-column table
 * whose cells are kept on one line.
 */
public final class WikiMarkup {

    /** Characters with a meaning in Jira's text-formatting notation. */
    private static final String SPECIAL = "*_?-+^~{}[]|!#:()";
    private static final Pattern BLOCK_MARKER = Pattern.compile("^(h[1-6]|bq)\\.", Pattern.MULTILINE);

    private WikiMarkup() {
    }

    public static String of(Ticket ticket) {
        StringBuilder out = new StringBuilder();
        for (String line : ticket.text().split("\\R", -1)) {
            out.append(escape(line)).append('\n');
        }
        if (!ticket.facts().isEmpty()) {
            out.append('\n');
            for (Ticket.Fact fact : ticket.facts()) {
                out.append("||").append(cell(fact.label())).append("|").append(cell(fact.value())).append("|\n");
            }
        }
        return out.toString().strip();
    }

    /** One line of text, every special character escaped; control characters dropped. */
    public static String escape(String line) {
        StringBuilder out = new StringBuilder(line.length() + 16);
        line.codePoints().forEach(c -> {
            if (c == '\\') {
                out.append("&#92;");
            } else if (c < 0x80 && SPECIAL.indexOf(c) >= 0) {
                out.append('\\').append((char) c);
            } else if (c == '\t' || !Character.isISOControl(c)) {
                out.appendCodePoint(c);
            }
        });
        return BLOCK_MARKER.matcher(out).replaceAll("$1\\\\.");
    }

    /** A table cell: one line (a line break would end the row), escaped, never empty (an empty cell merges). */
    private static String cell(String text) {
        String escaped = escape(text.replaceAll("\\s+", " ").strip());
        return escaped.isEmpty() ? " " : escaped;
    }
}
