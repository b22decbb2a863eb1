<#import "template.ftl" as layout>
<#assign item = msg("runtimeAccessItem." + itemKind, itemName, itemScope!"")>
<@layout.emailLayout>
<p>${msg("runtimeAccessRequestCreatedBody", requester, item, duration)}</p>
<#if justification??><p>${msg("runtimeAccessRequestJustification", justification)}</p></#if>
<#if ticket??><p>${msg("runtimeAccessRequestTicket", ticket)}</p></#if>
<p>${msg((approvalsNeeded gt 1)?then("runtimeAccessRequestCreatedTwoApprovals", "runtimeAccessRequestCreatedOneApproval"), realmName)}</p>
<p>${msg("runtimeAccessRequestReference", requestId)}</p>
</@layout.emailLayout>
