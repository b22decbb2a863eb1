package io.runtimeaccess.sharing.check;

import io.runtimeaccess.sharing.policy.PropertyScope;

/**
 * The properties a check may test, read where they live (a request's JSON, a user's attributes) only when a
 * condition asks, so a permission without conditions never reads one.
 */
@FunctionalInterface
public interface PropertyValues {

    PropertyValues NONE = (scope, name) -> null;

    /** The property's value as text, or {@code null} when it is absent. */
    String value(PropertyScope scope, String name);
}
