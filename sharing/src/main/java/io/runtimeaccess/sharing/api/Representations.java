package io.runtimeaccess.sharing.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/** The JSON shapes of the admin API (see docs/api.md). Public fields: these are plain wire records. */
public final class Representations {

    private Representations() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class Role {
        public String id;
        public String name;
        public String description;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class Resource {
        public String name;
        /** The resource's type: {@code swimlane}, {@code ui-flow}, or any other name (a {@code record}, say). */
        public String kind;
        /**
         * Action name to role names: {@code view}, {@code execute}, {@code self-assign} on a swimlane,
         * {@code interact} on a UI flow, any names on another type.
         */
        public Map<String, List<String>> permissions;
        /** Further tests on the request's properties that may deny a permission; absent means none. */
        public List<Condition> conditions;
    }

    /** See {@link io.runtimeaccess.sharing.policy.Condition}: exactly one of require and deny; unless only with deny. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class Condition {
        public String action;
        public PropertyTest require;
        public PropertyTest deny;
        public PropertyTest unless;
    }

    /** {@code {"property": "resource.status", "equals": "archived"}}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class PropertyTest {
        public String property;
        public String equals;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class Build {
        public String id;
        public String name;
        public List<String> roles;
        public List<Resource> resources;
        public Boolean active;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class Solution {
        public String id;
        public String name;
        public String activeBuildId;
        public List<Build> builds;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class Principal {
        /** {@code user} or {@code group}. */
        public String type;
        public String id;
        /** Username (or email, on input) of a user; name of a group. */
        public String name;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class Grant {
        public String id;
        public String solutionId;
        public Principal principal;
        public String role;
        /** ISO-8601 instant after which the grant no longer counts; absent for no expiry. */
        public String expiresAt;
        public String grantedBy;
        /** The granting admin's username (this realm's or the master realm's), for people to read; may be null. */
        public String grantedByUsername;
        public String grantedAt;
        public String source;
        public String reason;
        /** An admin's justification for going past a preventive separation-of-duties rule (request only, echoed). */
        public String sodOverride;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class Share {
        public String solutionId;
        public String activeBuildId;
        public String activeBuildName;
        public List<String> offeredRoles;
        public List<Grant> grants;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class Group {
        public String id;
        public String name;
        public String description;
        public Map<String, String> attributes;
        public Boolean archived;
        public Long memberCount;
        /** An admin's justification for unarchiving past a preventive separation-of-duties rule (request only). */
        public String sodOverride;
    }

    /** A user who owns a solution or an end-user group. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class Owner {
        public String userId;
        /** Username or email on input; username on output. */
        public String username;
        public String addedAt;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class Member {
        public String userId;
        /** Username or email on input; username on output. */
        public String username;
        /** {@code admin} or {@code identity_provider}. */
        public String source;
        public String addedAt;
        /** An admin's justification for going past a preventive separation-of-duties rule (request only, echoed). */
        public String sodOverride;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class Access {
        public String solutionId;
        public String role;
        /** {@code null} for a direct grant, else the end-user group's name. */
        public String viaGroup;
        public String expiresAt;
    }

    public static class ActiveBuild {
        public String buildId;
    }
}
