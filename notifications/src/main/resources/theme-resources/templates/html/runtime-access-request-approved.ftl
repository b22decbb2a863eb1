<#import "template.ftl" as layout>
<#assign item = msg("runtimeAccessItem." + itemKind, itemName, itemScope!"")>
<@layout.emailLayout>
<#if automatic><p>${msg("runtimeAccessRequestAutoApprovedBody", item, expiresAt)}</p>
<#else><p>${msg("runtimeAccessRequestApprovedBody", item, decidedBy, expiresAt)}</p>
</#if><#if comment??><p>${msg("runtimeAccessRequestComment", comment)}</p></#if>
<p>${msg("runtimeAccessRequestReference", requestId)}</p>
</@layout.emailLayout>
