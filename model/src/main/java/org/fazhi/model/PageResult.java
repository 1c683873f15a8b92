package org.fazhi.model;

import java.util.List;
import java.util.function.Function;

/** One page of a list and the full count (sent as X-Total-Count). */
public record PageResult<T>(List<T> items, long total) {
    public PageResult {
        items = List.copyOf(items);
    }

    public <R> PageResult<R> map(Function<T, R> f) {
        return new PageResult<>(items.stream().map(f).toList(), total);
    }
}
