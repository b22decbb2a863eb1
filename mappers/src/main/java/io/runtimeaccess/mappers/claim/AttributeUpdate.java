package io.runtimeaccess.mappers.claim;

import java.util.List;

/**
 * What one login should do to one user attribute, and why. Built by {@link ClaimImport}; applied by
 * the Keycloak adapter, which also logs {@link #notes()}.
 */
public final class AttributeUpdate {

    /** The three things a login can do to the attribute. */
    public enum Action {
        /** Set the attribute to exactly {@link #values()}. */
        REPLACE,
        /** Remove the attribute: the IdP asserts nothing any more. */
        REMOVE,
        /** Leave the attribute as it is (claim absent under the keep policy, or unusable). */
        KEEP
    }

    private final Action action;
    private final List<String> values;
    private final String problem;
    private final List<String> notes;

    private AttributeUpdate(Action action, List<String> values, String problem, List<String> notes) {
        this.action = action;
        this.values = List.copyOf(values);
        this.problem = problem;
        this.notes = List.copyOf(notes);
    }

    static AttributeUpdate replace(List<String> values, List<String> notes) {
        return new AttributeUpdate(Action.REPLACE, values, null, notes);
    }

    static AttributeUpdate remove(List<String> notes) {
        return new AttributeUpdate(Action.REMOVE, List.of(), null, notes);
    }

    static AttributeUpdate keep(List<String> notes) {
        return new AttributeUpdate(Action.KEEP, List.of(), null, notes);
    }

    /** The claim was there but unusable: the attribute is left alone and the problem is logged. */
    static AttributeUpdate invalid(String problem, List<String> notes) {
        return new AttributeUpdate(Action.KEEP, List.of(), problem, notes);
    }

    public Action action() {
        return action;
    }

    public List<String> values() {
        return values;
    }

    /** Why the claim could not be used, or {@code null} when it could. */
    public String problem() {
        return problem;
    }

    public boolean isInvalid() {
        return problem != null;
    }

    /** Things a person reading the log should know: values dropped, truncated, blanks ignored. */
    public List<String> notes() {
        return notes;
    }

    @Override
    public String toString() {
        return action + (problem != null ? " (" + problem + ")" : " " + values) + (notes.isEmpty() ? "" : " " + notes);
    }
}
