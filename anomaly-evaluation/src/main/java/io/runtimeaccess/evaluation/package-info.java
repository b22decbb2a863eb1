/**
 * The anomaly scorer's offline evaluation, a command-line tool not shipped in the Keycloak jar: {@link Main}
 * generates a labelled realm (or reads an RBA file), replays it through the scorer in time order and writes the
 * report's markdown tables. {@link EvaluationOptions} reads the command line with picocli and refuses an unknown
 * option or a missing value before anything is generated. {@code --sizes} and {@code --probe saturation} hand over
 * to the scale and probe packages.
 */
package io.runtimeaccess.evaluation;
