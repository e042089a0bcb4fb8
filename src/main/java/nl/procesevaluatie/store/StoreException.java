package nl.procesevaluatie.store;

public final class StoreException extends RuntimeException {
    private final boolean needsRebuild;

    public StoreException(String message, Throwable cause) {
        this(message, cause, false);
    }

    private StoreException(String message, Throwable cause, boolean needsRebuild) {
        super(message, cause);
        this.needsRebuild = needsRebuild;
    }

    /** A store this version cannot read as it is; the message says to run with --rebuild. */
    static StoreException needsRebuild(String message) {
        return new StoreException(message, null, true);
    }

    /** Whether only --rebuild helps: running again as before would be refused the same way. */
    public boolean needsRebuild() {
        return needsRebuild;
    }
}
