package org.timeatlas.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The OGC KML 2.2 schema shipped in {@code src/test/resources/schemas/kml-2.2} (see its SOURCE.md), with its
 * imports (Atom subset, OASIS xAL) answered from that folder, never from the network.
 */
public final class KmlSchema {

    private static final String FOLDER = "/schemas/kml-2.2/";
    private static Schema schema;

    private KmlSchema() {
    }

    /** Every schema violation in {@code kml} as {@code line:col: message}; empty when the file is valid. */
    public static List<String> violations(Path kml) {
        List<String> found = new ArrayList<>();
        Validator validator = schema().newValidator();
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                found.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        });
        try {
            validator.validate(new StreamSource(kml.toFile()));
        } catch (SAXException e) {
            if (found.isEmpty()) {
                found.add(e.getMessage());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    private static synchronized Schema schema() {
        if (schema == null) {
            try {
                SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
                factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
                // imports come from the resolver below; http is refused so a miss fails instead of going online
                factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
                factory.setResourceResolver(new FolderResolver());
                schema = factory.newSchema(new StreamSource(resource("ogckml22.xsd"),
                        KmlSchema.class.getResource(FOLDER + "ogckml22.xsd").toExternalForm()));
            } catch (SAXException e) {
                throw new IllegalStateException("the shipped KML schema does not load: " + e.getMessage(), e);
            }
        }
        return schema;
    }

    private static InputStream resource(String name) {
        InputStream in = KmlSchema.class.getResourceAsStream(FOLDER + name);
        if (in == null) {
            throw new IllegalStateException("no schema file " + FOLDER + name + " in the test resources");
        }
        return in;
    }

    /** Answers an import by the file name at the end of its location (an absolute URL or a relative path). */
    private static final class FolderResolver implements LSResourceResolver {
        @Override
        public LSInput resolveResource(String type, String namespace, String publicId, String systemId, String baseUri) {
            String path = URI.create(systemId).getPath();
            String name = path.substring(path.lastIndexOf('/') + 1);
            return new Input(name, resource(name));
        }
    }

    private record Input(String name, InputStream stream) implements LSInput {
        @Override public java.io.Reader getCharacterStream() { return null; }
        @Override public void setCharacterStream(java.io.Reader characterStream) { }
        @Override public InputStream getByteStream() { return stream; }
        @Override public void setByteStream(InputStream byteStream) { }
        @Override public String getStringData() { return null; }
        @Override public void setStringData(String stringData) { }
        @Override public String getSystemId() { return KmlSchema.class.getResource(FOLDER + name).toExternalForm(); }
        @Override public void setSystemId(String systemId) { }
        @Override public String getPublicId() { return null; }
        @Override public void setPublicId(String publicId) { }
        @Override public String getBaseURI() { return null; }
        @Override public void setBaseURI(String baseUri) { }
        @Override public String getEncoding() { return null; }
        @Override public void setEncoding(String encoding) { }
        @Override public boolean getCertifiedText() { return false; }
        @Override public void setCertifiedText(boolean certifiedText) { }
    }
}
