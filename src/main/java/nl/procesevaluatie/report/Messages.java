package nl.procesevaluatie.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.IMessageResolver;

/**
 * The fixed texts of the report in one language, read from {@code report/messages_<language>.properties}
 * (UTF-8). {@code {0}}, {@code {1}}, ... in a text are replaced by the arguments as given, without
 * {@link java.text.MessageFormat}'s quoting rules, so an apostrophe is just an apostrophe.
 */
final class Messages {
    private final String language;
    private final Locale locale;
    private final Properties texts;

    private Messages(String language, Properties texts) {
        this.language = language;
        this.locale = language.equals("en") ? Locale.UK : Locale.forLanguageTag("nl-NL");
        this.texts = texts;
    }

    /** Dutch unless the language is {@code en}. */
    static Messages forLanguage(String language) {
        String lang = "en".equals(language) ? "en" : "nl";
        Properties p = new Properties();
        String resource = "report/messages_" + lang + ".properties";
        try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Messages(lang, p);
    }

    String language() {
        return language;
    }

    Locale locale() {
        return locale;
    }

    boolean has(String key) {
        return texts.containsKey(key);
    }

    /** The text for the key with {0}, {1}, ... filled in; the key itself in brackets when it is missing. */
    String get(String key, Object... args) {
        String t = texts.getProperty(key);
        if (t == null) {
            return "⟦" + key + "⟧";
        }
        for (int i = 0; i < args.length; i++) {
            t = t.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return t;
    }

    /** The text for the key, or the fallback when there is none. */
    String getOr(String key, String fallback) {
        String t = texts.getProperty(key);
        return t == null ? fallback : t;
    }

    /** Lets templates write {@code #{key}}. */
    IMessageResolver resolver() {
        return new IMessageResolver() {
            @Override
            public String getName() {
                return "report-messages";
            }

            @Override
            public Integer getOrder() {
                return 1;
            }

            @Override
            public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] args) {
                return texts.containsKey(key) ? get(key, args == null ? new Object[0] : args) : null;
            }

            @Override
            public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key, Object[] args) {
                return "⟦" + key + "⟧";
            }
        };
    }
}
