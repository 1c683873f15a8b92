package org.fazhi.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** One page of a list and the full count (sent as X-Total-Count). */
public record PageResult<T>(List<T> items, long total) {
    public PageResult {
        items = List.copyOf(items);
    }

    /**
     * Every item of a list, read page by page at the largest page size (for exports); stops at the
     * reported total or at the first empty page.
     */
    public static <T> List<T> readAll(Function<Page, PageResult<T>> list) {
        List<T> all = new ArrayList<>();
        PageResult<T> page;
        do {
            page = list.apply(new Page(Page.MAX_LIMIT, all.size()));
            all.addAll(page.items());
        } while (!page.items().isEmpty() && all.size() < page.total());
        return all;
    }

    public <R> PageResult<R> map(Function<T, R> f) {
        return new PageResult<>(items.stream().map(f).toList(), total);
    }
}
