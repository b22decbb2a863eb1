/**
 * Background threads of the governance adapters: {@link io.runtimeaccess.governance.background.DrainExecutor}, the
 * single draining thread behind onboarding and the rescoring of users after their findings changed.
 */
package io.runtimeaccess.governance.background;
