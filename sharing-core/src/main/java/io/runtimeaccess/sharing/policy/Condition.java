package io.runtimeaccess.sharing.policy;

/**
 * A further test on one permission of a resource, made after a role allowed it, on the properties the request
 * carries (AuthZEN's {@code properties}): the permission is denied when {@code require} does not hold, or when
 * {@code deny} holds and {@code unless} does not. For example "write is denied on an archived record unless the
 * subject is an admin", or "delete only as a soft delete". Conditions only ever take a permission away, so a
 * request's properties can narrow what the roles give but never widen it.
 */
public record Condition(String action, PropertyTest require, PropertyTest deny, PropertyTest unless) {

    public Condition {
        if (action == null || action.isEmpty()) {
            throw new IllegalArgumentException("a condition names the action it applies to");
        }
        if ((require == null) == (deny == null)) {
            throw new IllegalArgumentException("a condition has exactly one of require and deny");
        }
        if (unless != null && deny == null) {
            throw new IllegalArgumentException("unless goes with deny");
        }
    }
}
