<#assign item = msg("runtimeAccessItem." + itemKind, itemName, itemScope!"")>
${msg("runtimeAccessRequestCreatedBody", requester, item, duration)?no_esc}
<#if justification??>${msg("runtimeAccessRequestJustification", justification)?no_esc}
</#if><#if ticket??>${msg("runtimeAccessRequestTicket", ticket)?no_esc}
</#if>
${msg((approvalsNeeded gt 1)?then("runtimeAccessRequestCreatedTwoApprovals", "runtimeAccessRequestCreatedOneApproval"), realmName)?no_esc}

${msg("runtimeAccessRequestReference", requestId)?no_esc}
