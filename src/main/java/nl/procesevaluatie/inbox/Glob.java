package nl.procesevaluatie.inbox;

import java.util.regex.Pattern;

/** A file-name glob of details.md rule 1: {@code *}, {@code ?} and {@code [...]}, case-sensitive, whole name. */
final class Glob {
    private final Pattern regex;

    Glob(String glob) {
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*') {
                re.append(".*");
            } else if (c == '?') {
                re.append('.');
            } else if (c == '[' && glob.indexOf(']', i + 2) > 0) {
                int close = glob.indexOf(']', i + 2);
                String set = glob.substring(i + 1, close);
                boolean negate = set.startsWith("!") || set.startsWith("^");
                re.append('[').append(negate ? "^" : "");
                for (char s : (negate ? set.substring(1) : set).toCharArray()) {
                    if ("\\[]^&".indexOf(s) >= 0) {
                        re.append('\\');
                    }
                    re.append(s);
                }
                re.append(']');
                i = close;
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        this.regex = Pattern.compile(re.toString(), Pattern.DOTALL);
    }

    boolean matches(String fileName) {
        return regex.matcher(fileName).matches();
    }
}
