package org.timeatlas.settings;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.std.FromStringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.function.Function;

/** The one Jackson configuration of the settings file: trees for the file, records for the sections. */
final class SettingsJson {

    /**
     * Reads and writes the file's tree. Trailing text after the object makes a file corrupt (a file glued
     * to the remains of another is not trusted); output is indented with '\n' on every OS so the same
     * settings always give the same bytes.
     */
    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .registerModule(javaTime());

    static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n")));

    private SettingsJson() {
    }

    /**
     * ISO-8601 text for the java.time types a section record is likely to hold. The pom has no
     * jackson-datatype-jsr310, and Jackson refuses these types without a module.
     */
    private static SimpleModule javaTime() {
        SimpleModule module = new SimpleModule("time-atlas-settings-java-time");
        module.addSerializer(LocalDateTime.class, ToStringSerializer.instance);
        module.addSerializer(LocalDate.class, ToStringSerializer.instance);
        module.addSerializer(Instant.class, ToStringSerializer.instance);
        module.addDeserializer(LocalDateTime.class, new IsoText<>(LocalDateTime.class, LocalDateTime::parse));
        module.addDeserializer(LocalDate.class, new IsoText<>(LocalDate.class, LocalDate::parse));
        module.addDeserializer(Instant.class, new IsoText<>(Instant.class, Instant::parse));
        return module;
    }

    private static final class IsoText<T> extends FromStringDeserializer<T> {
        private final Function<String, T> parse;

        IsoText(Class<T> type, Function<String, T> parse) {
            super(type);
            this.parse = parse;
        }

        @Override
        @SuppressWarnings("unchecked")
        protected T _deserialize(String value, DeserializationContext context) throws IOException {
            try {
                return parse.apply(value);
            } catch (DateTimeException e) {
                return (T) context.handleWeirdStringValue(handledType(), value, "not ISO-8601: %s", e.getMessage());
            }
        }
    }
}
