/**
 * Log lines safe to write: {@link LogText} escapes line breaks and control characters (usernames and reasons quote
 * what was typed at a sign-in) and keeps only scheme, host, port and path of a URL, and {@link RateLimitedLog} warns
 * about a repeating failure at most once per key and interval, saying how many warnings it left out. No Keycloak
 * types, only JBoss Logging; the notifications and requests modules use it too.
 */
package io.runtimeaccess.events.log;
