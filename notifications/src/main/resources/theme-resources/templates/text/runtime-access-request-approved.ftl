<#assign item = msg("runtimeAccessItem." + itemKind, itemName, itemScope!"")>
<#if automatic>${msg("runtimeAccessRequestAutoApprovedBody", item, expiresAt)?no_esc}
<#else>${msg("runtimeAccessRequestApprovedBody", item, decidedBy, expiresAt)?no_esc}
</#if><#if comment??>${msg("runtimeAccessRequestComment", comment)?no_esc}
</#if>
${msg("runtimeAccessRequestReference", requestId)?no_esc}
