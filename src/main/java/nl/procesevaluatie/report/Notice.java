package nl.procesevaluatie.report;

/**
 * Something that makes the figures partial, said on the terminal, in run.json and as a banner at the top
 * of the report. Files are named, never quoted: their content stays where it is.
 *
 * @param kind what happened
 * @param file the inbox file concerned, or empty
 * @param line the line where an unfinished record starts, or 0
 * @param detail the refusal reason for {@link Kind#REFUSED_FILE}, else empty
 */
public record Notice(Kind kind, String file, long line, String detail) {
    public enum Kind {
        /** The last record ends inside a quoted cell: the export was cut off while being written. */
        UNFINISHED_FILE,
        /** No traject of the intervention is registered on or before as_of: every figure is empty. */
        NO_TRAJECTS,
        /** A refused file still lies in the inbox; it counts nowhere. */
        REFUSED_FILE,
        /** A file that could not be read this night (vanished, no permission); the next run reads it. */
        UNREADABLE_FILE,
        /** A symbolic link, FIFO or device in the inbox: never opened. */
        NOT_A_REGULAR_FILE,
        /** In an organisation's report: {@code line} notices of the main report, told without file names. */
        SEE_MAIN_REPORT
    }

    /** The notice in English, one line, for the terminal and run.json. */
    public String english() {
        return switch (kind) {
            case UNFINISHED_FILE -> file + " ends in the middle of a record (line " + line + "): the export was cut off while"
                    + " being written; the rows before it are loaded and the rest is missing. Put a complete export in the inbox.";
            case NO_TRAJECTS -> "no trajects: no registration of this intervention registered on or before the reference date"
                    + " was loaded, so every figure is empty. Check the inbox, the registrations' files pattern and the intervention code.";
            case REFUSED_FILE -> file + " was refused and counts nowhere (" + detail + "). Correct the export or the job file,"
                    + " or remove the file from the inbox.";
            case UNREADABLE_FILE -> file + " could not be read (it vanished or has no read permission); it is skipped tonight and"
                    + " read on the next run.";
            case NOT_A_REGULAR_FILE -> file + " is a symbolic link or special file and was not opened. Put the export itself in the inbox.";
            case SEE_MAIN_REPORT -> "the data of this evaluation are incomplete (" + line + " notices); the evaluator's main report says which files.";
        };
    }
}
