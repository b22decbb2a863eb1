/**
 * Storage and API of a realm's access-intelligence settings (mode, auto-applied categories, thresholds, peer
 * attributes, privileged items), one row per realm in {@code RA_GOV_SETTINGS} rather than in realm attributes, which
 * anyone with view-realm reads and a realm export carries along. {@link SettingsStore} reads them (the defaults when
 * none are stored) and {@link SettingsResource} serves {@code GET/PUT .../governance/settings}; the settings record,
 * {@code GovernanceSettings}, is in governance-core's {@code settings} package.
 */
package io.runtimeaccess.governance.settingsstore;
