package io.runtimeaccess.governance.reconcile;

/** An end-user group with how many members it has. Archived groups are not passed in: they are meant to be empty. */
public record EndUserGroupRecord(String id, String name, int members) {
}
