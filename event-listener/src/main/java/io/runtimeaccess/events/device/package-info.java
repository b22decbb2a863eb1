/**
 * The device cookie: the {@code runtime-access-device-cookie} step of the browser flow, which recognises a returning
 * browser for the anomaly scorer. {@link DeviceCookieAuthenticator} issues or renews a random, HttpOnly cookie scoped
 * to the realm and puts only a realm-bound digest of it ({@link DeviceId}) on the sign-in's events; it never
 * challenges and never fails a login. {@link DeviceCookieConfig} holds the step's one option, the cookie's lifetime.
 */
package io.runtimeaccess.events.device;
