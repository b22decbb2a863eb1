/**
 * Fulfilment of approved requests whose item is marked {@code manualStep}, where a person must act as well (access also
 * kept outside Keycloak, a licence to assign). {@link ManualStep} asks the realm's ticket sink for a ticket through the
 * sharing module's ticket SPI, in the approval's transaction, and shows it as the request's {@code fulfilmentTicket}.
 * Without the tickets module or a configured sink, no ticket is opened.
 */
package io.runtimeaccess.requests.fulfilment;
