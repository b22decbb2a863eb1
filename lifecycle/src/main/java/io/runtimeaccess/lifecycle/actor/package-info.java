/**
 * The admin on whose request bulk lifecycle work runs. {@link AdminActor} carries their auth details into every admin
 * event the work records, also when it runs in transactions of its own, and their username into an offboarding
 * plan. A package of its own because both {@code offboard} and {@code onboard} use it.
 */
package io.runtimeaccess.lifecycle.actor;
