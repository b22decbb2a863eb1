package io.runtimeaccess.governance.evaluation.input;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A command's options, {@code --name value} pairs, read once: an option the command does not take, a missing value,
 * a repeated option or a number that is not one is refused with a message naming the option, so that a typo in a
 * long evaluation loop stops it instead of silently running with a default.
 */
public final class CommandLine {

    private final String command;
    private final Map<String, String> values;

    private CommandLine(String command, Map<String, String> values) {
        this.command = command;
        this.values = values;
    }

    /** Reads {@code args} for {@code command}, which takes only the options named in {@code takes}. */
    public static CommandLine parse(String command, String[] args, List<String> takes) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            String name = args[i];
            if (!takes.contains(name)) {
                throw new IllegalArgumentException(command + " does not take " + name + " (it takes "
                        + String.join(", ", takes) + ")");
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            if (values.put(name, args[i + 1]) != null) {
                throw new IllegalArgumentException(name + " is given twice");
            }
        }
        return new CommandLine(command, values);
    }

    public Path requiredPath(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException(command + " needs " + name + " FILE");
        }
        return Path.of(value);
    }

    /** The path, or null when the option is not given. */
    public Path optionalPath(String name) {
        String value = values.get(name);
        return value == null ? null : Path.of(value);
    }

    public long longValue(String name, long fallback) {
        String value = values.get(name);
        try {
            return value == null ? fallback : Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " needs a whole number, got: " + value);
        }
    }

    public int positiveInt(String name, int fallback) {
        long value = longValue(name, fallback);
        if (value < 1 || value > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(name + " needs a number from 1 to " + Integer.MAX_VALUE + ", got: " + value);
        }
        return (int) value;
    }
}
