package nl.procesevaluatie.report;

import nl.procesevaluatie.output.Bidi;
import nl.procesevaluatie.report.Model.Report;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders the model with the Thymeleaf template {@code report/report.html}. The template escapes every
 * text ({@code th:text}); the only unescaped output is the chart SVG, which {@link ChartSvg} wrote by
 * {@link SvgCleaner}'s rules.
 * Bidirectional controls are shown as visible codes everywhere on the page.
 * The template is written as XHTML (closed void elements, quoted attributes, no named entities) so the
 * same page can be parsed as XML for the PDF.
 */
final class HtmlRenderer {
    private HtmlRenderer() {}

    static String render(Report report, Messages m) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(HtmlRenderer.class.getClassLoader());
        resolver.setPrefix("report/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        // the engine lives for one report, so its cache only spares re-parsing fragments.html at every
        // th:replace (tens of thousands of status marks in a country-wide report)
        resolver.setCacheable(true);
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setMessageResolver(m.resolver());
        Context ctx = new Context(m.locale());
        ctx.setVariable("report", report);
        // every text of the page, also one placed without Text.clean: no bidirectional control reaches the
        // reader (the template and messages hold none of their own)
        return Bidi.escape(engine.process("report", ctx));
    }
}
