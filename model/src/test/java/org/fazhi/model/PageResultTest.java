package org.fazhi.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PageResultTest {
    @Test
    void readAllFollowsThePagesToTheTotal() {
        List<Integer> stored = IntStream.range(0, Page.MAX_LIMIT * 2 + 5).boxed().toList();
        List<Integer> offsets = new ArrayList<>();
        List<Integer> all = PageResult.readAll(p -> {
            offsets.add(p.offset());
            int to = Math.min(stored.size(), p.offset() + p.limit());
            return new PageResult<>(stored.subList(Math.min(p.offset(), to), to), stored.size());
        });
        assertEquals(stored, all);
        assertEquals(List.of(0, Page.MAX_LIMIT, Page.MAX_LIMIT * 2), offsets);
    }

    @Test
    void readAllStopsAtAnEmptyPageEvenWhenTheTotalSaysMore() {
        List<Integer> all = PageResult.readAll(p -> new PageResult<>(p.offset() == 0 ? List.of(1, 2) : List.of(), 10));
        assertEquals(List.of(1, 2), all);
    }
}
