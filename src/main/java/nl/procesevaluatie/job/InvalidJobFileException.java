package nl.procesevaluatie.job;

/** The job file breaks the contract; the message is one line naming the key path. */
public final class InvalidJobFileException extends RuntimeException {
    public InvalidJobFileException(String keyPath, String problem) {
        super(keyPath.isEmpty() ? problem : keyPath + ": " + problem);
    }
}
