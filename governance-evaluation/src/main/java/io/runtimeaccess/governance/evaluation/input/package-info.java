/**
 * What the evaluation commands read: {@link MatrixFile} reads a user-permission matrix in the HP Labs format (one pair
 * per line; commas and semicolons also accepted) into an {@code AssignmentMatrix}, and refuses a line that is not one
 * pair, naming its number. The options themselves are read by picocli in each command.
 */
package io.runtimeaccess.governance.evaluation.input;
