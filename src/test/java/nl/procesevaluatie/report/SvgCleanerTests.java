package nl.procesevaluatie.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SvgCleanerTests {
    static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n"
            + "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n"
            + "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"300px\" height=\"200px\" viewBox=\"0 0 300 200\">";

    @Test
    void keepsDrawingElementsOnly() {
        String svg = HEAD + "<script>alert(1)</script><foreignObject><p>x</p></foreignObject>"
                + "<a xlink:href=\"https://example.org\"><rect x=\"1\" y=\"1\" width=\"5\" height=\"5\"/></a>"
                + "<image xlink:href=\"http://example.org/x.png\"/><style>@import url(http://x)</style>"
                + "<rect x=\"0.123456\" y=\"0\" width=\"10\" height=\"20\" onclick=\"alert(1)\" style=\"fill:rgb(0,114,178);stroke:none;\"/>"
                + "<rect x=\"0\" y=\"0\" width=\"10\" height=\"20\" style=\"fill:url(http://evil/#x)\"/>"
                + "<text x=\"1\" y=\"2\">&lt;script&gt;alert(1)&lt;/script&gt; &amp; =HYPERLINK(\"x\")</text></svg>";
        String out = SvgCleaner.clean(svg, "c1", "Titel <b>", "Beschrijving & meer");
        assertFalse(out.contains("<script"));
        assertFalse(out.contains("foreignObject"));
        assertFalse(out.contains("<a"));
        assertFalse(out.contains("<image"));
        assertFalse(out.contains("<style"));
        assertFalse(out.contains("onclick"));
        assertFalse(out.contains("http://evil"));
        assertFalse(out.contains("example.org"));
        assertFalse(out.contains("<!DOCTYPE"));
        assertTrue(out.contains("x=\"0.1\""), out);
        assertTrue(out.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; =HYPERLINK(&quot;x&quot;)"), out);
        assertTrue(out.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"300\" height=\"200\" viewBox=\"0 0 300 200\" role=\"img\""));
        assertTrue(out.contains("<title id=\"c1-title\">Titel &lt;b&gt;</title><desc id=\"c1-desc\">Beschrijving &amp; meer</desc>"));
    }

    @Test
    void prefixesIdsAndTheirReferences() {
        String svg = HEAD + "<defs><clipPath id=\"clip123\"><rect x=\"0\" y=\"0\" width=\"5\" height=\"5\"/></clipPath></defs>"
                + "<g clip-path=\"url(#clip123)\"><path d=\"M0,0 L5,5\" style=\"stroke:rgb(0,0,0);\"/></g>"
                + "<g clip-path=\"url(#elsewhere)\"/></svg>";
        String out = SvgCleaner.clean(svg, "chart-7", "t", "d");
        assertTrue(out.contains("<clipPath id=\"chart-7-c0\">"), out);
        assertTrue(out.contains("clip-path=\"url(#chart-7-c0)\""), out);
        assertFalse(out.contains("clip123"));
        assertFalse(out.contains("elsewhere"), "a reference to an unknown id is dropped");
    }

    @Test
    void compactsPathsAndDropsShapesWithoutArea() {
        assertEquals("M1.1-8L2.2-8 2.2-0.6Q2.2 0.9 1.6 1.5ZM9 3", SvgCleaner.compactPath("M1.1,-8 L2.2,-8 L2.2,-0.6 Q2.2,0.9 1.6,1.5 Z M9,3"));
        assertEquals("M0.1 2", SvgCleaner.round("M0.1234 1.96"));
        assertTrue(SvgCleaner.isEmptyArea("M10,5 L10,5 L10,20 L10,20 Z", "fill:rgb(0,114,178);stroke:none;"));
        assertFalse(SvgCleaner.isEmptyArea("M10,5 L12,5 L12,20 L10,20 Z", "fill:rgb(0,114,178);stroke:none;"));
        assertFalse(SvgCleaner.isEmptyArea("M10,5 L10,20", "fill:none;stroke:rgb(0,0,0);"), "a line is drawn by its stroke");
    }

    @Test
    void refusesWhatIsNotSvg() {
        assertThrows(IllegalArgumentException.class, () -> SvgCleaner.clean("<html/>", "x", "t", "d"));
        assertThrows(IllegalStateException.class, () -> SvgCleaner.clean("<svg><g></svg>", "x", "t", "d"));
        String entity = "<!DOCTYPE svg [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><svg xmlns=\"http://www.w3.org/2000/svg\">&e;</svg>";
        assertThrows(IllegalStateException.class, () -> SvgCleaner.clean(entity, "x", "t", "d"));
    }
}
