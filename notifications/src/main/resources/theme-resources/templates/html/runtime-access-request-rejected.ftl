<#import "template.ftl" as layout>
<#assign item = msg("runtimeAccessItem." + itemKind, itemName, itemScope!"")>
<@layout.emailLayout>
<p>${msg("runtimeAccessRequestRejectedBody", item, decidedBy)}</p>
<#if comment??><p>${msg("runtimeAccessRequestComment", comment)}</p></#if>
<p>${msg("runtimeAccessRequestReference", requestId)}</p>
</@layout.emailLayout>
