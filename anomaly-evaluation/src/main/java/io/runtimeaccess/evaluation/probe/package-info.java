/**
 * The saturation probe ({@code --probe saturation}): after a generated history is replayed,
 * {@link SaturationProbe} asks whether the realm's counts still tell a never-used network from a busy one, that is
 * whether the token and travel checks still fire for a /24 nobody used. {@link ProbeLocator} places each probe in
 * its own /24 outside the world table's blocks, so what one probe teaches the scorer cannot hide another.
 */
package io.runtimeaccess.evaluation.probe;
