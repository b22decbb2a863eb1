/**
 * CSV text read into records for bulk onboarding, over opencsv (which Keycloak ships): RFC 4180 fields, any line
 * ending, each record with the 1-based line it starts on so that an error can name it. {@link CsvReader} returns
 * {@link CsvRecord}s and refuses an unclosed quote with a {@link CsvFormatException}. It knows nothing of users or
 * columns (that is {@code onboard}'s part) and depends on nothing from Keycloak itself.
 */
package io.runtimeaccess.lifecycle.csv;
