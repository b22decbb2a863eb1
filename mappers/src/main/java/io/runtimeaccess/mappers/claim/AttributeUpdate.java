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
        /** Leave the attribute as it is (claim absent under the keep policy). */
        KEEP
    }

    private final Action action;
    private final List<String> values;
    private final String problem;
    private final List<String> notes;
    private final boolean claimSent;
    private final List<String> filtered;

    private AttributeUpdate(Action action, List<String> values, String problem, List<String> notes, boolean claimSent) {
        this(action, values, problem, notes, claimSent, List.of());
    }

    private AttributeUpdate(Action action, List<String> values, String problem, List<String> notes, boolean claimSent,
            List<String> filtered) {
        this.filtered = List.copyOf(filtered);
        this.action = action;
        this.claimSent = claimSent;
        this.values = List.copyOf(values);
        this.problem = problem;
        this.notes = List.copyOf(notes);
    }

    /** What the configured extract pattern or allow-list dropped: expected, so logged below the notes. */
    public List<String> filtered() {
        return filtered;
    }

    static AttributeUpdate replace(List<String> values, List<String> notes) {
        return replace(values, notes, List.of());
    }

    static AttributeUpdate replace(List<String> values, List<String> notes, List<String> filtered) {
        return new AttributeUpdate(Action.REPLACE, values, null, notes, true, filtered);
    }

    /** The claim was sent but nothing usable was left in it. */
    static AttributeUpdate remove(List<String> notes) {
        return remove(notes, List.of());
    }

    static AttributeUpdate remove(List<String> notes, List<String> filtered) {
        return new AttributeUpdate(Action.REMOVE, List.of(), null, notes, true, filtered);
    }

    /** None of the source claims was sent; the absent-claim policy decides. */
    static AttributeUpdate absent(AbsentClaim policy, List<String> notes) {
        Action action = policy == AbsentClaim.REMOVE ? Action.REMOVE : Action.KEEP;
        return new AttributeUpdate(action, List.of(), null, notes, false);
    }

    /**
     * The claim was there but unusable (an object where values belong, a boolean that is not one): the attribute is
     * removed and the problem logged. A claim sent is an assertion, and one that cannot be read grants nothing; keeping
     * the last value would keep a group or the designer bypass the identity provider no longer asserts (Keycloak's
     * own importer overwrites in FORCE mode too).
     */
    static AttributeUpdate invalid(String problem, List<String> notes) {
        return new AttributeUpdate(Action.REMOVE, List.of(), problem, notes, true);
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

    /** Whether the identity provider sent any of the source claims at all. */
    public boolean claimSent() {
        return claimSent;
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
