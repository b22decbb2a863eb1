<#import "template.ftl" as layout>
<#assign item = msg("runtimeAccessItem." + itemKind, itemName, itemScope!"")>
<@layout.emailLayout>
<p>${msg(approved?then("runtimeAccessRequestDecidedApprovedBody", "runtimeAccessRequestDecidedRejectedBody"), requester, item, decidedBy)} ${msg("runtimeAccessNothingToDo")}</p>
<p>${msg("runtimeAccessRequestReference", requestId)}</p>
</@layout.emailLayout>
