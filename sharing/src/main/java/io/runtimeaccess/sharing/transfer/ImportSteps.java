package io.runtimeaccess.sharing.transfer;

import io.runtimeaccess.sharing.api.BadRequest;
import io.runtimeaccess.sharing.api.Limits;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * How an import pass treats problems: while planning, every refused item is recorded and the next one
 * checked, so one dry run lists them all; while applying, the first problem throws and rolls back.
 */
abstract class ImportSteps {

    final ImportPlan plan;
    final boolean write;

    ImportSteps(ImportPlan plan, boolean write) {
        this.plan = plan;
        this.write = write;
    }

    /** Runs {@code step} on every item; a refused item is a problem of the plan. */
    <T> void each(List<T> items, String field, Consumer<T> step) {
        for (T item : items == null ? List.<T>of() : items) {
            if (item == null) {
                problem(field + ": an item is null");
                continue;
            }
            try {
                step.accept(item);
            } catch (BadRequest e) {
                problem(e.getMessage());
            }
        }
    }

    /** The same name twice would be created twice in the plan and merged when applied: refuse it. */
    <T> void unique(List<T> items, String field, Function<T, String> name) {
        Set<String> seen = new HashSet<>();
        for (T item : items == null ? List.<T>of() : items) {
            String value = item == null || name.apply(item) == null ? null : name.apply(item).trim();
            if (value != null && !seen.add(value)) {
                problem(field + ": '" + Limits.shown(value) + "' appears twice");
            }
        }
    }

    void problem(String message) {
        plan.problems.add(message);
        if (write) {
            throw new ImportRefused(plan);
        }
    }
}
