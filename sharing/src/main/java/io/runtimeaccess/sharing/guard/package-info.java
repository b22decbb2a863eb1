/**
 * The separation-of-duties hook on access changes: before a grant, an end-user group membership or another access item
 * is written, {@link AccessChangeGuards} asks every installed {@link AccessChangeGuard} whether the users may get the
 * items, named by the keys of an {@link AccessChange}. A guard refuses with a 409 naming its rule and is given the
 * admin's justification ({@code sodOverride}) for going past a preventive one. Sharing defines the hook and its SPI but
 * no rule; the governance module provides the guard.
 */
package io.runtimeaccess.sharing.guard;
