package io.runtimeaccess.lifecycle.identity;

/** An existing account (or an earlier row of the same file, with a null id) as the duplicate check sees it. */
public record Account(String id, String username, String email, String firstName, String lastName) {
}
