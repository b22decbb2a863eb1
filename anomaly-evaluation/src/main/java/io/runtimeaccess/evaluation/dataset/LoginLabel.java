package io.runtimeaccess.evaluation.dataset;

/**
 * What an RBA row cannot carry, one per row of the generated CSV (same order, same index): the ground
 * truth, whether the username exists, and the session a successful sign-in opened.
 *
 * @param index      the RBA row's index
 * @param label      ground truth
 * @param knownUser  the tried username belongs to an account (false for a spray's made-up names)
 * @param sessionId  the session a successful sign-in opened, or {@code null}
 * @param deviceId   the device id a successful browser sign-in carried (see the device cookie), or {@code null}
 */
public record LoginLabel(long index, Label label, boolean knownUser, String sessionId, String deviceId) {
}
