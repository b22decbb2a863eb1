/**
 * Load on the Runtime Access console's Share modal typeahead, against a running Keycloak: {@link ShareTypeaheadLoad}
 * seeds a realm with a generated {@link Directory} of users and end-user groups (once), then times the user and group
 * searches the modal sends in parallel, with one or more typists, and optionally in headless Chromium
 * ({@link ShareModalInBrowser}). Not JMH; it speaks to Keycloak only over HTTP and uses no Keycloak or Runtime Access
 * classes.
 */
package io.runtimeaccess.bench.console;
