package org.recoveryoutcomes.engine.render.pdf;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * The PDF's XMP metadata packet, written out in full: OpenPDF's own has no {@code dc:title} and no PDF/UA
 * identification, both of which PDF/UA-1 requires (veraPDF clauses 7.1-9 and 5-1). Its dates are the report
 * date, as in the info dictionary, so the same content gives the same bytes.
 */
final class Xmp {

    private Xmp() {
    }

    static byte[] packet(String title, String description, String author, String keywords, String creatorTool,
                         String producer, LocalDate date) {
        String when = date + "T00:00:00Z";
        String xml = "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                + " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                + "  <rdf:Description rdf:about=\"\"\n"
                + "    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
                + "    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n"
                + "    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n"
                + "    xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n"
                + "   <dc:format>application/pdf</dc:format>\n"
                + "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escape(title)
                + "</rdf:li></rdf:Alt></dc:title>\n"
                + "   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escape(description)
                + "</rdf:li></rdf:Alt></dc:description>\n"
                + "   <dc:creator><rdf:Seq><rdf:li>" + escape(author) + "</rdf:li></rdf:Seq></dc:creator>\n"
                + "   <dc:language><rdf:Bag><rdf:li>en-GB</rdf:li></rdf:Bag></dc:language>\n"
                + "   <pdf:Keywords>" + escape(keywords) + "</pdf:Keywords>\n"
                + "   <pdf:Producer>" + escape(producer) + "</pdf:Producer>\n"
                + "   <xmp:CreatorTool>" + escape(creatorTool) + "</xmp:CreatorTool>\n"
                + "   <xmp:CreateDate>" + when + "</xmp:CreateDate>\n"
                + "   <xmp:ModifyDate>" + when + "</xmp:ModifyDate>\n"
                + "   <xmp:MetadataDate>" + when + "</xmp:MetadataDate>\n"
                + "   <pdfuaid:part>1</pdfuaid:part>\n"
                + "  </rdf:Description>\n"
                + " </rdf:RDF>\n"
                + "</x:xmpmeta>\n"
                + "<?xpacket end=\"w\"?>";
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
