/**
 * A labelled dataset and its files: the RBA rows, one {@link Label} of ground truth per event (the
 * {@link Scenario} it comes from, the detection that should explain it, its campaign) and the side events the RBA
 * layout has no row for (token requests and admin changes). {@link SideFiles} writes and reads the
 * {@code .labels.csv} and {@code .events.csv} files kept beside the RBA CSV.
 */
package io.runtimeaccess.evaluation.dataset;
