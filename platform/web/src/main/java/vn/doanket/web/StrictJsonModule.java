package vn.doanket.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.ArrayType;
import com.fasterxml.jackson.databind.type.CollectionType;
import com.fasterxml.jackson.databind.type.MapType;
import java.io.IOException;
import java.lang.reflect.Array;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.Map;

/**
 * The JSON half of the {@link InputPolicy}, for request bodies only (installed on a copy of the application's
 * {@code ObjectMapper} used by Spring MVC's message converters, never on the one that reads events):
 * every {@code String} is a JSON string (no number or boolean coerced into it) without control characters or
 * lone surrogates and within {@link InputPolicy#MAX_STRING_LENGTH}; every date and time is a string (no epoch
 * numbers) between {@link InputPolicy#MIN_DATE} and {@link InputPolicy#MAX_DATE}; every collection, array and
 * map has at most {@link InputPolicy#MAX_ITEMS} items, map keys have no control characters, and untyped values
 * ({@code Object}, e.g. in {@code Map<String, Object>}) are checked string by string. A refusal is an {@link InputRefusedException} whose path
 * names the field.
 */
final class StrictJsonModule extends SimpleModule {

    StrictJsonModule() {
        super("doanket-strict-json");
        setDeserializerModifier(new Modifier());
    }

    /** A refused value; the message names the rule, never the value. */
    static final class InputRefusedException extends MismatchedInputException {
        private final String code;

        InputRefusedException(JsonParser p, String code, Class<?> type) {
            super(p, "Refused by the input policy: " + code, type);
            this.code = code;
        }

        /** {@code control-character}, {@code lone-surrogate}, {@code too-long}, {@code too-many-items},
         * {@code wrong-type}, {@code date-out-of-range}. */
        String code() {
            return code;
        }
    }

    private static final class Modifier extends BeanDeserializerModifier {
        @Override
        public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription beanDesc,
                                                      JsonDeserializer<?> deserializer) {
            Class<?> raw = beanDesc.getBeanClass();
            if (raw == String.class) {
                return new CheckedString(deserializer);
            }
            if (Temporal.class.isAssignableFrom(raw)) {
                return new CheckedTemporal(deserializer);
            }
            if (raw == Object.class) {
                return new CheckedSize(deserializer); // untyped values (e.g. Map<String, Object>): the whole tree
            }
            return deserializer;
        }

        @Override
        public JsonDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
                                                                BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
            return new CheckedSize(deserializer);
        }

        @Override
        public JsonDeserializer<?> modifyArrayDeserializer(DeserializationConfig config, ArrayType valueType,
                                                           BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
            return new CheckedSize(deserializer);
        }

        @Override
        public JsonDeserializer<?> modifyMapDeserializer(DeserializationConfig config, MapType type,
                                                         BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
            return new CheckedSize(deserializer);
        }
    }

    private static boolean scalarOtherThanString(JsonParser p) {
        JsonToken t = p.currentToken();
        return t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT || t == JsonToken.VALUE_TRUE
                || t == JsonToken.VALUE_FALSE || t == JsonToken.VALUE_EMBEDDED_OBJECT || t == JsonToken.START_OBJECT;
    }

    /** Strings: JSON strings only, no control characters or lone surrogates, bounded. */
    static final class CheckedString extends DelegatingDeserializer {
        CheckedString(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new CheckedString(newDelegatee);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (scalarOtherThanString(p)) {
                throw new InputRefusedException(p, "wrong-type", String.class);
            }
            String field = p.currentName();
            Object value = super.deserialize(p, ctxt);
            if (value instanceof String s) {
                InputPolicy.Refusal refusal = InputPolicy.check(s, InputPolicy.isFreeText(field), InputPolicy.MAX_STRING_LENGTH);
                if (refusal != null) {
                    throw new InputRefusedException(p, refusal.code(), String.class);
                }
            }
            return value;
        }
    }

    /** Dates and times: strings only (no epoch numbers), within the plausible range. */
    static final class CheckedTemporal extends DelegatingDeserializer {
        CheckedTemporal(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new CheckedTemporal(newDelegatee);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING && p.currentToken() != JsonToken.VALUE_NULL) {
                throw new InputRefusedException(p, "wrong-type", handledType());
            }
            Object value = super.deserialize(p, ctxt);
            LocalDate date = value instanceof LocalDate d ? d
                    : value instanceof LocalDateTime dt ? dt.toLocalDate()
                    : value instanceof OffsetDateTime odt ? odt.toLocalDate()
                    : value instanceof ZonedDateTime zdt ? zdt.toLocalDate()
                    : value instanceof Instant i && i.getEpochSecond() > -100_000_000_000L && i.getEpochSecond() < 100_000_000_000L
                    ? i.atOffset(ZoneOffset.UTC).toLocalDate()
                    : value instanceof Instant ? LocalDate.MIN : null;
            if (date != null && !InputPolicy.plausible(date)) {
                throw new InputRefusedException(p, "date-out-of-range", handledType());
            }
            return value;
        }
    }

    /** Collections, arrays and maps: at most {@link InputPolicy#MAX_ITEMS}. */
    static final class CheckedSize extends DelegatingDeserializer {
        CheckedSize(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new CheckedSize(newDelegatee);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return checked(p, super.deserialize(p, ctxt));
        }

        @Override
        @SuppressWarnings("unchecked")
        public Object deserialize(JsonParser p, DeserializationContext ctxt, Object intoValue) throws IOException {
            return checked(p, ((JsonDeserializer<Object>) _delegatee).deserialize(p, ctxt, intoValue));
        }

        private Object checked(JsonParser p, Object value) throws IOException {
            checkTree(p, value, 0);
            return value;
        }

        /**
         * Sizes of collections, arrays and maps, map keys (no control characters at all) and, in untyped values,
         * every string; typed elements were checked by their own deserializers already.
         */
        private void checkTree(JsonParser p, Object value, int depth) throws IOException {
            if (value == null || depth > InputPolicy.MAX_NESTING_DEPTH) {
                return;
            }
            if (value instanceof String s) {
                InputPolicy.Refusal refusal = InputPolicy.check(s, true, InputPolicy.MAX_STRING_LENGTH);
                if (refusal != null) {
                    throw new InputRefusedException(p, refusal.code(), handledType());
                }
                return;
            }
            int size = value instanceof Collection<?> c ? c.size()
                    : value instanceof Map<?, ?> m ? m.size()
                    : value.getClass().isArray() ? Array.getLength(value) : 0;
            if (size > InputPolicy.MAX_ITEMS) {
                throw new InputRefusedException(p, "too-many-items", handledType());
            }
            if (value instanceof Map<?, ?> m) {
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    if (e.getKey() instanceof String key) {
                        InputPolicy.Refusal refusal = InputPolicy.check(key, false, 200);
                        if (refusal != null) {
                            throw new InputRefusedException(p, refusal.code(), handledType());
                        }
                    }
                    if (e.getValue() instanceof String || e.getValue() instanceof Collection<?> || e.getValue() instanceof Map<?, ?>) {
                        checkTree(p, e.getValue(), depth + 1);
                    }
                }
            } else if (value instanceof Collection<?> c) {
                for (Object item : c) {
                    if (item instanceof String || item instanceof Collection<?> || item instanceof Map<?, ?>) {
                        checkTree(p, item, depth + 1);
                    }
                }
            }
        }
    }
}
