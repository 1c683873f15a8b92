package org.fazhi.storage.exchange;

import java.util.List;

/**
 * What a domain module hands over of one unit subtree's year — its rows, table by table, parents before
 * children — for a 报送 package (the exchange module). The module that owns the tables says which rows belong
 * to the units and the year and how they point at each other, so no other module needs to know its tables.
 *
 * @param module the module's name, as its migrations' component (e.g. {@code law-training})
 * @param fileFolder the folder of the module's attachments under the data folder's attachments (as its
 *     {@code ReferencedFiles}), or null when its rows keep no files
 * @param tables in an order where every table comes after the tables it points at
 */
public record YearSlice(String module, String fileFolder, List<SliceTable> tables) {
    public YearSlice {
        tables = List.copyOf(tables);
    }

    /** The condition {@code column IN (<units>)}: the rows of the slice's units. */
    public static String units(String column) {
        return column + " IN (<units>)";
    }
}
