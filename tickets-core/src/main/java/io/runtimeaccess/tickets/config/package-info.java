/**
 * A realm's ticket sink settings as plain values: the Jira site and its {@link JiraFlavour} (Cloud or Data Center), the
 * project, the issue type, the kinds of source that open tickets and the {@link FieldMapping} of ticket attributes to
 * Jira fields. {@link SinkSettings} validates what an admin sent and throws InvalidInput naming the wrong field; the
 * API token is checked here but is no part of the settings. No Keycloak types: the adapter turns InvalidInput into a
 * 400.
 */
package io.runtimeaccess.tickets.config;
