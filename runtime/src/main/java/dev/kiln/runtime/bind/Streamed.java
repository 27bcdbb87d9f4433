package dev.kiln.runtime.bind;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.kiln.runtime.json.Json;
import java.io.IOException;

/** Helpers of the streaming reads ({@link Binder#fromParser}). */
final class Streamed {
    private Streamed() {}

    /**
     * The value in front of {@code p} as a tree, read up to its last token: what a binder that has no
     * streaming read of its own binds ({@code JsonNode}, types read by Jackson).
     */
    static JsonNode tree(JsonParser p) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return NullNode.getInstance();
        }
        JsonNode node = Json.subtreeReader().readTree(new Capped(p));
        return node == null ? NullNode.getInstance() : node;
    }

    /**
     * The parser a tree is read from: {@link Unbound} once the body passes {@link Json#MAX_TOKEN_COUNT}
     * tokens, so that trees are only ever built from a body's first million tokens (the tree path then
     * answers that body's {@code json_invalid}, as it always did). A streaming read without trees has no
     * such cap: it holds nothing but the bound values.
     */
    private static final class Capped extends JsonParserDelegate {
        Capped(JsonParser p) {
            super(p);
        }

        private <T> T counted(T token) {
            if (delegate.currentTokenCount() > Json.MAX_TOKEN_COUNT) {
                throw Unbound.INSTANCE;
            }
            return token;
        }

        @Override
        public JsonToken nextToken() throws IOException {
            return counted(delegate.nextToken());
        }

        @Override
        public JsonToken nextValue() throws IOException {
            return counted(delegate.nextValue());
        }

        @Override
        public String nextFieldName() throws IOException {
            return counted(delegate.nextFieldName());
        }

        @Override
        public boolean nextFieldName(SerializableString name) throws IOException {
            return counted(delegate.nextFieldName(name));
        }

        @Override
        public String nextTextValue() throws IOException {
            return counted(delegate.nextTextValue());
        }

        @Override
        public int nextIntValue(int defaultValue) throws IOException {
            return counted(delegate.nextIntValue(defaultValue));
        }

        @Override
        public long nextLongValue(long defaultValue) throws IOException {
            return counted(delegate.nextLongValue(defaultValue));
        }

        @Override
        public Boolean nextBooleanValue() throws IOException {
            return counted(delegate.nextBooleanValue());
        }
    }

    /** {@code binder.fromJson} of the value in front of {@code p}, read as a tree; {@link Unbound} if it fails. */
    static <T> T viaTree(Binder<T> binder, JsonParser p, ValidationErrors errors) throws IOException {
        JsonNode node = tree(p);
        int before = errors.size();
        return clean(binder.fromJson(node, Loc.body(), errors), errors, before);
    }

    /**
     * {@code value}, when nothing was recorded since {@code before}; else {@link Unbound}. Streaming reads
     * pass {@code Loc.body()} and a {@code null} input to the checks and parsers they share with the tree
     * binders: what those record is forgotten, the tree binders report it again exactly.
     */
    static <T> T clean(T value, ValidationErrors errors, int before) {
        if (errors.size() != before) {
            throw Unbound.INSTANCE;
        }
        return value;
    }
}
