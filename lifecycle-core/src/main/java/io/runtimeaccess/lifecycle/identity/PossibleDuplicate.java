package io.runtimeaccess.lifecycle.identity;

/**
 * A new user resembles an existing account. {@code on} is what matched: {@code username}, {@code email},
 * {@code name} (first and last name), or {@code username-email} when one's username is the other's email.
 */
public record PossibleDuplicate(Account account, String on) {
}
