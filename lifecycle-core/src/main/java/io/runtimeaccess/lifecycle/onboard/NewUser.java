package io.runtimeaccess.lifecycle.onboard;

import java.util.Map;

/**
 * One account to create, from one CSV record ({@code line} is where the record starts). Empty cells are null;
 * {@code attributes} holds the other columns' non-empty values, one value each, in column order.
 */
public record NewUser(int line, String username, String email, String firstName, String lastName,
        Map<String, String> attributes) {

    public NewUser {
        attributes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
    }
}
