package nl.procesevaluatie.store;

/** Where the accepted rows of a file go: the store's chunks, or nowhere for a dry run (--check). */
public interface RowSink {
    void add(Object row, long line);
}
