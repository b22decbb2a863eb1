<#assign item = msg("runtimeAccessItem." + itemKind, itemName, itemScope!"")>
${msg(approved?then("runtimeAccessRequestDecidedApprovedBody", "runtimeAccessRequestDecidedRejectedBody"), requester, item, decidedBy)?no_esc} ${msg("runtimeAccessNothingToDo")?no_esc}

${msg("runtimeAccessRequestReference", requestId)?no_esc}
