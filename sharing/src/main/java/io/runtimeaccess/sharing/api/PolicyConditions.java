package io.runtimeaccess.sharing.api;

import io.runtimeaccess.sharing.policy.Condition;
import io.runtimeaccess.sharing.policy.PropertyTest;
import java.util.ArrayList;
import java.util.List;

/** Reads a resource's {@code conditions} (docs/api.md, "Conditions"); every mistake is a 400 naming the field. */
final class PolicyConditions {

    /** A handful per resource is what a policy needs; a check walks them all, so they stay few. */
    static final int MAX_PER_RESOURCE = 20;
    static final int MAX_VALUE = 255;
    private static final String FIELD = "resources.conditions";

    private PolicyConditions() {
    }

    static List<Condition> toCore(List<Representations.Condition> docs) {
        if (docs == null) {
            return List.of();
        }
        if (docs.size() > MAX_PER_RESOURCE) {
            throw BadRequest.invalid(FIELD, "at most " + MAX_PER_RESOURCE + " per resource, got " + docs.size());
        }
        List<Condition> conditions = new ArrayList<>();
        for (Representations.Condition doc : docs) {
            if (doc == null) {
                throw BadRequest.invalid(FIELD, "an item is null");
            }
            if ((doc.require == null) == (doc.deny == null)) {
                throw BadRequest.invalid(FIELD, "a condition has exactly one of 'require' and 'deny'");
            }
            if (doc.unless != null && doc.deny == null) {
                throw BadRequest.invalid(FIELD + ".unless", "goes with 'deny'");
            }
            conditions.add(new Condition(Names.require(FIELD + ".action", doc.action), test("require", doc.require),
                    test("deny", doc.deny), test("unless", doc.unless)));
        }
        return conditions;
    }

    private static PropertyTest test(String member, Representations.PropertyTest doc) {
        if (doc == null) {
            return null;
        }
        String field = FIELD + "." + member;
        if (doc.equals == null || doc.equals.length() > MAX_VALUE) {
            throw BadRequest.invalid(field + ".equals", "is required, at most " + MAX_VALUE + " characters");
        }
        PropertyTest test = doc.property == null || doc.property.length() > Names.MAX_LENGTH ? null
                : PropertyTest.of(doc.property, doc.equals);
        if (test == null) {
            throw BadRequest.invalid(field + ".property", "must be subject.<name>, resource.<name> or action.<name>");
        }
        return test;
    }
}
