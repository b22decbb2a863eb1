/**
 * The offline evaluation of access intelligence, a command-line tool built as {@code governance-evaluation.jar} and
 * never shipped in {@code dist}: {@link Main} runs {@code recommend}, {@code mine} or {@code scale} and prints one JSON
 * line per run, exiting with 2 for a wrong command line and 1 for a matrix that cannot be read. {@code mine} mines an
 * exact role cover of a user-permission matrix and reports its size, the lower bound and whether it is proven
 * minimal. The results are in docs/governance-evaluation.md.
 */
package io.runtimeaccess.governance.evaluation;
