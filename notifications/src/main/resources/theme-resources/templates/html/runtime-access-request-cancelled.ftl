<#import "template.ftl" as layout>
<#assign item = msg("runtimeAccessItem." + itemKind, itemName, itemScope!"")>
<@layout.emailLayout>
<#if toRequester><p>${msg("runtimeAccessRequestCancelledOwnBody", item)}</p>
<#elseif offboarded!false><p>${msg("runtimeAccessRequestCancelledOffboardedBody", requester, item)} ${msg("runtimeAccessNothingToDo")}</p>
<#else><p>${msg("runtimeAccessRequestCancelledBody", requester, item)} ${msg("runtimeAccessNothingToDo")}</p>
</#if><p>${msg("runtimeAccessRequestReference", requestId)}</p>
</@layout.emailLayout>
