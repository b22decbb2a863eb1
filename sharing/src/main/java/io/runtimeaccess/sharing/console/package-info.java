/**
 * The Runtime Access admin console's server side: {@link ConsoleResource} serves the console's static files (built by
 * admin-ui into the jar) at {@code /realms/{realm}/runtime-access/console/}, without authentication and with a strict
 * Content-Security-Policy, and {@link ConsoleClient} provides the public OIDC client {@code runtime-access-console} in
 * every realm that has none, never changing an existing one. The console signs in through that client and calls the
 * admin API from the browser; nothing here serves data.
 */
package io.runtimeaccess.sharing.console;
