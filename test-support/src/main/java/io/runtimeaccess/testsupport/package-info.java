/**
 * What several modules' unit tests share, on their test classpath only and never in the jar. {@link PackageCycles}
 * asserts that a module's packages import each other in one direction only, reading the imports from the source text;
 * modules call it from a {@code PackageCycleTest} of their own.
 */
package io.runtimeaccess.testsupport;
