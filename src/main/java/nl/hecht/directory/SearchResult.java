package nl.hecht.directory;

import java.util.List;
import java.util.Map;

/**
 * One page of search hits, the total and the facet counts over all hits (category, target group, kind,
 * self-referral, no waiting time).
 */
public record SearchResult(long total, List<ServiceHit> hits, Map<String, Long> categoryCounts,
        Map<String, Long> targetGroupCounts, Map<EntryKind, Long> kindCounts, long selfReferralCount,
        long noWaitingTimeCount, int page, int pageSize, long tookMillis) {

    public int pageCount() {
        return (int) Math.min(Integer.MAX_VALUE, (total + pageSize - 1) / pageSize);
    }
}
