<#assign item = msg("runtimeAccessItem." + itemKind, itemName, itemScope!"")>
${msg("runtimeAccessRequestExpiredBody", item, endedAt)?no_esc}

${msg("runtimeAccessRequestReference", requestId)?no_esc}
