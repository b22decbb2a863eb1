<#import "template.ftl" as layout>
<@layout.emailLayout>
<p>${msg("runtimeAccessReviewStartedBody", campaignName, pendingItems, deadline)}</p>
<p>${msg("runtimeAccessReviewReminderDefault", realmName)}</p>
<p>${msg("runtimeAccessReviewReference", campaignId)}</p>
</@layout.emailLayout>
