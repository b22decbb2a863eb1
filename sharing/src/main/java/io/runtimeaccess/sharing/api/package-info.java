/**
 * Request and answer plumbing of the Runtime Access APIs, shared with the governance, requests, reviews, lifecycle and
 * tickets modules: {@link BadRequest} is a 4xx naming the field that also marks the transaction rollback-only;
 * {@link JsonBodies} and QueryParams bind strictly, so a wrong type is a 400 rather than a silent coercion; Limits and
 * Names check sizes and name syntax before anything is written. {@link Representations} holds the admin API's JSON
 * shapes, and Policies converts a build's JSON policy to and from the evaluator's model.
 */
package io.runtimeaccess.sharing.api;
