/**
 * Realm sizes compared side by side ({@code --sizes}): {@link ScaleRun} generates and replays each size with the
 * same seed, with and without device ids, and {@link SizeFigures} holds one size's headline figures (takeover
 * ranking, stolen tokens and travel alerted, office NAT false alerts, throughput, memory) for one markdown table.
 */
package io.runtimeaccess.evaluation.scale;
