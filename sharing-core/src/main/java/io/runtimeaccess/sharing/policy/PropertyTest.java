package io.runtimeaccess.sharing.policy;

/**
 * "{@code scope.name} equals {@code value}": the only test a condition makes. Values compare as text, so a JSON
 * {@code true} equals {@code "true"}; an absent property equals nothing.
 */
public record PropertyTest(PropertyScope scope, String name, String value) {

    public PropertyTest {
        if (scope == null || name == null || name.isEmpty() || value == null) {
            throw new IllegalArgumentException("a property test needs a scope, a property name and a value");
        }
    }

    /** Parses {@code subject.role}, {@code resource.status} or {@code action.soft}; {@code null} otherwise. */
    public static PropertyTest of(String property, String value) {
        int dot = property == null ? -1 : property.indexOf('.');
        if (dot <= 0 || dot == property.length() - 1 || value == null) {
            return null;
        }
        String scope = property.substring(0, dot);
        for (PropertyScope candidate : PropertyScope.values()) {
            if (candidate.wireName().equals(scope)) {
                return new PropertyTest(candidate, property.substring(dot + 1), value);
            }
        }
        return null;
    }

    /** The spelling {@link #of} reads. */
    public String property() {
        return scope.wireName() + "." + name;
    }
}
