<#assign item = msg("runtimeAccessItem." + itemKind, itemName, itemScope!"")>
${msg("runtimeAccessRequestRejectedBody", item, decidedBy)?no_esc}
<#if comment??>${msg("runtimeAccessRequestComment", comment)?no_esc}
</#if>
${msg("runtimeAccessRequestReference", requestId)?no_esc}
