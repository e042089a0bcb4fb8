package nl.procesevaluatie.ingest;

/** Turns the cells of one row into an outcome; never throws for bad data. */
interface RowParser {
    RowOutcome parse(Cells cells);
}
