package dev.kiln.runtime.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;

/**
 * The one Jackson configuration of Kiln (java.time as ISO strings, {@code Optional} support,
 * deliberate stream-read limits). Generated code builds its readers and writers here, once per type,
 * in static fields.
 */
public final class Json {
    /**
     * Limits on what a request body may make the parser do. Jackson's defaults allow 1000 nesting
     * levels; 512 is plenty for API payloads and keeps recursive binders far from a stack overflow.
     */
    public static final int MAX_NESTING_DEPTH = 512;
    /** The longest number literal accepted (Jackson's default, stated so it cannot drift). */
    public static final int MAX_NUMBER_LENGTH = 1000;
    /** The longest string value accepted: 20 MB, twice the default request body limit. */
    public static final int MAX_STRING_LENGTH = 20_000_000;
    /**
     * The most tokens (values, names, brackets) a body may have: one million. A body is parsed into a
     * tree before it is bound, and a tree costs up to ~50 bytes a token (an array of small objects,
     * {@code [{"a":0},...]}: an object node, its map and entry per 8 bytes of input), so without a cap
     * a 10 MiB body made a 257 MB tree; with it a tree stays under ~50 MB, five times the default
     * {@code maxBodySize}. Ordinary JSON of that size has 10 or more bytes a token.
     */
    public static final long MAX_TOKEN_COUNT = 1_000_000;

    /** The streaming factory: generated writers use it directly, the mapper wraps it. */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(constraints().maxTokenCount(MAX_TOKEN_COUNT).build())
            // jackson-core's FastDoubleParser: the same correctly rounded double as Double.parseDouble,
            // without making a String of the number first
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .build();

    /**
     * The parsers of bodies bound straight from their tokens (no tree): Kiln's limits but the token
     * count's, which only exists to bound the size of a tree.
     */
    private static final JsonFactory STREAMING = JsonFactory.builder()
            // no cap, but counted: a tree read from such a parser stops at MAX_TOKEN_COUNT
            .streamReadConstraints(constraints().maxTokenCount(Long.MAX_VALUE).build())
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .build();

    private Json() {}

    /**
     * Databind, made on first use (a holder class): building the mapper and its modules loads a few hundred
     * classes, which an app whose bodies all have generated writers never needs before its first request.
     */
    private static final class Databind {
        static final ObjectMapper MAPPER = build();
        static final ObjectReader TREE_READER = MAPPER.reader();
        /** Reads one value in the middle of a document: trailing tokens are the caller's business. */
        static final ObjectReader SUBTREE_READER =
                MAPPER.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

        private Databind() {}
    }

    private static StreamReadConstraints.Builder constraints() {
        return StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxStringLength(MAX_STRING_LENGTH);
    }

    /**
     * A parser of a body's bytes (UTF-8) for the streaming binders: Kiln's limits, no token cap (no
     * tree is built from it but by {@code Binder}s that cap it themselves; {@link #MAX_TOKEN_COUNT} stays on
     * {@link #treeReader()}).
     */
    public static JsonParser bodyParser(byte[] json) throws IOException {
        return STREAMING.createParser(json);
    }

    /** {@link #bodyParser(byte[])} of {@code length} bytes of {@code json} from {@code offset}. */
    public static JsonParser bodyParser(byte[] json, int offset, int length) throws IOException {
        return STREAMING.createParser(json, offset, length);
    }

    /** A reader of the one value in front of a parser, as a tree, leaving what follows it unread. */
    public static ObjectReader subtreeReader() {
        return Databind.SUBTREE_READER;
    }

    private static ObjectMapper build() {
        return JsonMapper.builder(FACTORY)
                .addModule(new Jdk8Module())
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                // "{} trailing" is malformed JSON, as Python's json module says ("Extra data").
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }

    /** The shared mapper; do not reconfigure it. */
    public static ObjectMapper mapper() {
        return Databind.MAPPER;
    }

    /** The streaming factory the mapper is built on (the same limits). */
    public static JsonFactory factory() {
        return FACTORY;
    }

    /** A reader of JSON trees with Kiln's limits. */
    public static ObjectReader treeReader() {
        return Databind.TREE_READER;
    }

    /** A writer for a non-generic type: {@code Json.writerFor(Item.class)}. */
    public static ObjectWriter writerFor(Class<?> type) {
        return Databind.MAPPER.writerFor(type);
    }

    /** A writer for a generic type: {@code Json.writerFor(new TypeReference<List<Item>>() {})}. */
    public static ObjectWriter writerFor(TypeReference<?> type) {
        return Databind.MAPPER.writerFor(type);
    }

    /** A reader for a type Kiln does not bind itself (e.g. {@code Map<String, Object>}). */
    public static ObjectReader readerFor(TypeReference<?> type) {
        return Databind.MAPPER.readerFor(type);
    }
}
