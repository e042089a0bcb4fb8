package nl.procesevaluatie.store;

import nl.procesevaluatie.domain.Row;

/** Where the accepted rows of a file go: the store's chunks, or nowhere for a dry run (--check). */
public interface RowSink<T extends Row> {
    void add(T row, long line);
}
