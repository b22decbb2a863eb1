/**
 * The public RBA dataset's CSV layout (Wiefling et al., 2022): {@link RbaRow} is one login attempt in its columns,
 * {@link RbaCsvReader} streams a file of any size (columns found by header name, {@code .gz} read on the fly) and
 * {@link RbaCsvWriter} writes rows in the same layout. Knows nothing of the scorer or of the other evaluation
 * packages; the CSV itself is parsed by opencsv.
 */
package io.runtimeaccess.evaluation.rba;
