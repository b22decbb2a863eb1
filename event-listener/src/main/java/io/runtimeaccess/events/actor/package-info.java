/**
 * Who acted, as people read it: the username of an admin that a record keeps by id (who granted, who decided, who
 * set a finding's status). Every module that shows such a record names the admin the same way.
 */
package io.runtimeaccess.events.actor;
