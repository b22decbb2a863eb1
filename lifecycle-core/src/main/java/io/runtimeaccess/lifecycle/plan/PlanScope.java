package io.runtimeaccess.lifecycle.plan;

import java.util.Locale;

/** Whose accounts an offboarding plan covers: the users linked to one identity provider, or one end-user group's members. */
public enum PlanScope {
    IDENTITY_PROVIDER("identityProvider"), END_USER_GROUP("endUserGroup");

    private final String field;

    PlanScope(String field) {
        this.field = field;
    }

    /** The request field (and JSON name) that selects this scope. */
    public String field() {
        return field;
    }

    public String apiName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
