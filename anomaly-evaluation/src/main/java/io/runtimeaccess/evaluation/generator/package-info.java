/**
 * A seeded simulation of one realm: {@link Generator} draws a benign population's sign-ins, token requests and
 * admins' routine for some weeks, then injects attacks after the warm-up (takeovers, password guessing, guessing
 * campaigns, token theft, admin attacks), each event labelled with the detection that should explain it. The same
 * {@link GeneratorSettings}, seed included, always give byte-identical output.
 */
package io.runtimeaccess.evaluation.generator;
