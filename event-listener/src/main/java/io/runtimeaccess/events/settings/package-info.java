/**
 * A realm's findings settings row, {@code RA_FINDING_SETTINGS}: webhook URL and secret, automatic response per
 * severity. A table of its own rather than realm attributes, which {@code view-realm} can read and which travel in
 * realm exports and admin events; only the findings settings API writes it. {@link SettingsStore} reads and writes
 * {@link FindingSettingsEntity}; values are validated when read, by {@code FindingSettings}.
 */
package io.runtimeaccess.events.settings;
