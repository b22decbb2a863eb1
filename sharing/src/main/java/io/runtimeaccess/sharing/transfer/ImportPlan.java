package io.runtimeaccess.sharing.transfer;

import java.util.ArrayList;
import java.util.List;

/** What an import does (or, in a dry run, would do), and the problems that refuse it. */
public final class ImportPlan {
    public boolean dryRun;
    public boolean applied;
    public List<String> created = new ArrayList<>();
    public List<String> updated = new ArrayList<>();
    public int unchanged;
    /** Items the document holds that are left out: grants that expired (they would give nothing). */
    public List<String> skipped = new ArrayList<>();
    public List<String> problems = new ArrayList<>();
}
