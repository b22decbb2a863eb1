package io.runtimeaccess.sharing.transfer;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.runtimeaccess.sharing.api.Representations;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A realm's whole sharing configuration with every reference by name (roles, solutions, builds, groups,
 * usernames), so it can move between environments whose ids differ.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class SharingDocument {

    public static final int FORMAT = 1;

    public int format = FORMAT;
    public List<Representations.Role> roles = new ArrayList<>();
    public List<Solution> solutions = new ArrayList<>();
    public List<Group> groups = new ArrayList<>();
    public List<Grant> grants = new ArrayList<>();

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class Solution {
        public String name;
        public String activeBuild;
        public List<Representations.Build> builds = new ArrayList<>();
        /** Usernames of the solution's owners, in the order they were added. */
        public List<String> owners = new ArrayList<>();
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class Group {
        public String name;
        public String description;
        public Map<String, String> attributes;
        /** Absent (null) leaves an existing group's flag as it is, and makes a new group active. */
        public Boolean archived;
        /** Usernames of admin-added members; identity-provider memberships come back at the next login. */
        public List<String> members = new ArrayList<>();
        /** Usernames of the group's owners, in the order they were added. */
        public List<String> owners = new ArrayList<>();
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class Grant {
        public String solution;
        /** {@code user} or {@code group}. */
        public String principalType;
        /** Username of a user, name of a group. */
        public String principal;
        public String role;
        public String expiresAt;
        public String source;
        public String reason;
    }
}
