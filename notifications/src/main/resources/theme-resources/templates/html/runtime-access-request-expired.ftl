<#import "template.ftl" as layout>
<#assign item = msg("runtimeAccessItem." + itemKind, itemName, itemScope!"")>
<@layout.emailLayout>
<p>${msg("runtimeAccessRequestExpiredBody", item, endedAt)}</p>
<p>${msg("runtimeAccessRequestReference", requestId)}</p>
</@layout.emailLayout>
