package nl.procesevaluatie.ingest;

import nl.procesevaluatie.domain.Row;

/**
 * What became of one row: accepted (with its typed row), rejected (with the first failing field) or
 * skipped. {@link #handle} passes it to the matching method of a {@link Handler}, so the reader of a file
 * needs no instanceof chain and cannot forget an outcome.
 */
sealed interface RowOutcome<T extends Row> {
    void handle(Handler<T> handler);

    interface Handler<T extends Row> {
        void accepted(T row);

        void rejected(Rejected<T> rejected);

        void skipped();
    }

    record Accepted<T extends Row>(T row) implements RowOutcome<T> {
        @Override
        public void handle(Handler<T> handler) {
            handler.accepted(row);
        }
    }

    record Rejected<T extends Row>(String field, String value, String reason) implements RowOutcome<T> {
        @Override
        public void handle(Handler<T> handler) {
            handler.rejected(this);
        }
    }

    record Skipped<T extends Row>() implements RowOutcome<T> {
        @Override
        public void handle(Handler<T> handler) {
            handler.skipped();
        }
    }
}
