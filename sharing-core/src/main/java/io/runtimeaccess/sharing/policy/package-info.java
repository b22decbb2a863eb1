/**
 * The authorization model of solutions: a {@link Solution} has builds, one of which is its Active Policy; a
 * {@link Build} lists the runtime roles it needs and its resources (swimlanes, UI flows or resources of any other
 * type), each with the roles holding each action and the {@link Condition}s that may deny one on the request's
 * properties. Immutable records whose constructors refuse an inconsistent policy (a role the build does not list, an
 * action the type does not have). Depends on nothing but the JDK; the check package compiles it for checks.
 */
package io.runtimeaccess.sharing.policy;
