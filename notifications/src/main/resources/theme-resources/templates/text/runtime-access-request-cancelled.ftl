<#assign item = msg("runtimeAccessItem." + itemKind, itemName, itemScope!"")>
<#if toRequester>${msg("runtimeAccessRequestCancelledOwnBody", item)?no_esc}
<#elseif offboarded!false>${msg("runtimeAccessRequestCancelledOffboardedBody", requester, item)?no_esc} ${msg("runtimeAccessNothingToDo")?no_esc}
<#else>${msg("runtimeAccessRequestCancelledBody", requester, item)?no_esc} ${msg("runtimeAccessNothingToDo")?no_esc}
</#if>
${msg("runtimeAccessRequestReference", requestId)?no_esc}
