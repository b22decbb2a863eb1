/**
 * Reminder emails of access reviews: once per campaign, {@code reminderBefore} its deadline, each reviewer with
 * undecided items gets one email naming the campaign, how many items wait and the deadline. {@link ReviewReminders}
 * sends them through the notifications module's mailer after the transaction commits, and marks the campaign reminded
 * in the same transaction, so a reminder is never sent twice. Only the sweep calls it.
 */
package io.runtimeaccess.reviews.mail;
