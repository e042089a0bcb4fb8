package nl.procesevaluatie.ingest;

import nl.procesevaluatie.domain.Row;

/** Turns the cells of one row into an outcome with its own kind of row; never throws for bad data. */
interface RowParser<T extends Row> {
    RowOutcome<T> parse(Cells cells);
}
