package io.runtimeaccess.sharing.grant;

import java.util.Set;

/** A named set of runtime users. An archived group keeps its members and grants but grants nothing. */
public record EndUserGroup(String id, String name, boolean archived, Set<String> memberUserIds) {

    public EndUserGroup {
        memberUserIds = Set.copyOf(memberUserIds);
    }
}
