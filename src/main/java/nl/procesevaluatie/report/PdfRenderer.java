package nl.procesevaluatie.report;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * report.pdf from the same HTML as report.html. The page is well-formed XHTML by construction, so the
 * JDK's XML parser reads it (no HTML parser needed at run time); openhtmltopdf lays it out and Batik
 * draws the inline SVG charts. No resource is ever fetched. A Unicode font (DejaVu Sans) is used when the
 * system has one, so that the status symbols print; otherwise the PDF's standard fonts are used.
 */
final class PdfRenderer {
    static final String FONT = "Report Sans";
    private static final List<String[]> FONT_FILES = List.of(
            new String[] {"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"},
            new String[] {"/usr/share/fonts/dejavu/DejaVuSans.ttf", "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf"},
            new String[] {"/usr/share/fonts/TTF/DejaVuSans.ttf", "/usr/share/fonts/TTF/DejaVuSans-Bold.ttf"},
            new String[] {"/usr/local/share/fonts/DejaVuSans.ttf", "/usr/local/share/fonts/DejaVuSans-Bold.ttf"},
            new String[] {"C:/Windows/Fonts/DejaVuSans.ttf", "C:/Windows/Fonts/DejaVuSans-Bold.ttf"},
            new String[] {"C:/Windows/Fonts/segoeui.ttf", "C:/Windows/Fonts/segoeuib.ttf"},
            new String[] {"/Library/Fonts/Arial Unicode.ttf", "/Library/Fonts/Arial Unicode.ttf"});

    private PdfRenderer() {}

    static byte[] render(String html) {
        XRLog.setLoggingEnabled(false); // its notes on CSS it skips (screen-only rules) are no news to the user
        // The page's inline charts rely on the HTML parser for their namespace; an XML parser needs it written.
        Document doc = parse(html.replace("<svg ", "<svg xmlns=\"" + SvgCleaner.SVG_NS + "\" "));
        addPdfStyle(doc);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder b = new PdfRendererBuilder();
        b.useFastMode();
        b.withW3cDocument(doc, "about:blank");
        b.useSVGDrawer(new BatikSVGDrawer());
        b.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        for (String[] files : FONT_FILES) {
            File regular = new File(files[0]);
            if (regular.isFile()) {
                b.useFont(regular, FONT, 400, PdfRendererBuilder.FontStyle.NORMAL, true);
                File bold = new File(files[1]);
                b.useFont(bold.isFile() ? bold : regular, FONT, 700, PdfRendererBuilder.FontStyle.NORMAL, true);
                break;
            }
        }
        b.toStream(out);
        try {
            b.run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write report.pdf", e);
        }
        return out.toByteArray();
    }

    private static Document parse(String html) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setExpandEntityReferences(false);
            DocumentBuilder db = f.newDocumentBuilder();
            db.setErrorHandler(null);
            return db.parse(new InputSource(new StringReader(html)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException("report.html is not well-formed XHTML: " + e.getMessage(), e);
        }
    }

    /** Print rules that only the PDF needs: its font, and every details element shown open. */
    private static void addPdfStyle(Document doc) {
        Node head = doc.getElementsByTagName("head").item(0);
        if (head == null) {
            return;
        }
        Element style = doc.createElementNS(doc.getDocumentElement().getNamespaceURI(), "style");
        style.setTextContent("body, table, th, td, h1, h2, h3, p, dt, dd, li, summary { font-family: '" + FONT
                + "', sans-serif; } details, summary { display: block; } summary { font-weight: bold; margin: 0.4em 0; }"
                + " .chart-box svg { max-width: none; }");
        head.appendChild(style);
    }
}
