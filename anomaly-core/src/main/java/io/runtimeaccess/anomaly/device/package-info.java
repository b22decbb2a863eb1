/**
 * Detection 1, new device: {@link NewDevice} judges a sign-in's platform, browser family, browser version and exact
 * User-Agent header against the user's history, and counts a browser update as only part of a surprise.
 * {@link DeviceIds} adds the device cookie's answer: a known id is the user's own browser, so a newer version is an
 * update and a new address weighs less; a new id, for a user whose browsers have presented ids before, is a new
 * device.
 */
package io.runtimeaccess.anomaly.device;
