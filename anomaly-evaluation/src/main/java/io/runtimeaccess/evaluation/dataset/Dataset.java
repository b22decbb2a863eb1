package io.runtimeaccess.evaluation.dataset;

import java.util.List;

/**
 * A generated dataset: the RBA rows (sign-ins and failed sign-ins, time order), their labels (same
 * order) and the side events (token requests and admin changes, time order).
 */
public record Dataset(List<io.runtimeaccess.evaluation.rba.RbaRow> rows, List<LoginLabel> labels,
        List<SideEvent> sideEvents) {

    public Dataset {
        if (rows.size() != labels.size()) {
            throw new IllegalArgumentException("one label per row: " + rows.size() + " rows, " + labels.size() + " labels");
        }
    }
}
