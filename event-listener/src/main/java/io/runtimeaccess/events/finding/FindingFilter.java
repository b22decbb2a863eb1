package io.runtimeaccess.events.finding;

/** What to list: every field is optional ({@code null} means any). */
public record FindingFilter(String userId, String severity, String detection, String status, Long fromMillis,
        Long toMillis) {
}
