package nl.procesevaluatie.store;

/**
 * A file name as a text whose plain character order is the code-point order of the name in every database
 * collation: six lower-case hex digits per code point. Stored rows keep it so a later file in load order
 * wins whatever night each file arrived.
 */
final class Positions {
    private Positions() {}

    static String order(String fileName) {
        StringBuilder sb = new StringBuilder(fileName.length() * 6);
        fileName.codePoints().forEach(cp -> sb.append(String.format("%06x", cp)));
        return sb.toString();
    }
}
