/**
 * Last sign-in per user, and whether the user ever signed in through an identity provider. {@link SignInMarks} only
 * marks a sign-in in this node's memory, so a login never waits for a database write, and flushes the marks to
 * {@code RA_GOV_SIGN_IN} ({@link SignInEntity}) in the background; reads combine the table with this node's unflushed
 * marks.
 */
package io.runtimeaccess.governance.signin;
