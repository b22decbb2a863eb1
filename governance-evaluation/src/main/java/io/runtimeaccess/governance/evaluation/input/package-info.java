/**
 * What the evaluation commands read. {@link CommandLine} takes {@code --name value} options and refuses an unknown,
 * repeated or valueless option or a number that is not one, naming the option, so that a typo stops a long evaluation
 * loop instead of running with a default. {@link MatrixFile} reads a user-permission matrix in the HP Labs format (one
 * pair per line; commas and semicolons also accepted) into an {@code AssignmentMatrix}.
 */
package io.runtimeaccess.governance.evaluation.input;
