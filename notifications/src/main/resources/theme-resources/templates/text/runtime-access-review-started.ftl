${msg("runtimeAccessReviewStartedBody", campaignName, pendingItems, deadline)?no_esc}

${msg("runtimeAccessReviewReminderDefault", realmName)?no_esc}

${msg("runtimeAccessReviewReference", campaignId)?no_esc}
