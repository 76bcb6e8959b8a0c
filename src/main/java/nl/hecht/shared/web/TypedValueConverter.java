package nl.hecht.shared.web;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.ConditionalGenericConverter;

/**
 * Binds Hecht's typed values (ids such as {@code NetworkId}, CBS codes such as {@code NeighbourhoodCode}) from the
 * text of a path variable, request parameter or form field: any type in {@code nl.hecht} with a public static
 * {@code parse(String)} method. A malformed value fails the conversion, which the web edge answers with the friendly
 * 404 for a path variable ({@link NotFoundAdvice}) and with a field error in a form; no controller parses ids itself.
 * An empty text binds as no value.
 */
final class TypedValueConverter implements ConditionalGenericConverter {

    private static final Map<Class<?>, Optional<Method>> PARSERS = new ConcurrentHashMap<>();

    @Override
    public Set<ConvertiblePair> getConvertibleTypes() {
        return Set.of(new ConvertiblePair(String.class, Object.class));
    }

    @Override
    public boolean matches(TypeDescriptor sourceType, TypeDescriptor targetType) {
        return parser(targetType.getType()).isPresent();
    }

    @Override
    public @Nullable Object convert(@Nullable Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
        if (source == null || ((String) source).isBlank()) {
            return null;
        }
        Method parse = parser(targetType.getType()).orElseThrow();
        try {
            return parse.invoke(null, ((String) source).strip());
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RuntimeException runtime ? runtime : new IllegalArgumentException(cause);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    static Optional<Method> parser(Class<?> type) {
        return PARSERS.computeIfAbsent(type, TypedValueConverter::findParser);
    }

    private static Optional<Method> findParser(Class<?> type) {
        if (!type.getName().startsWith("nl.hecht.")) {
            return Optional.empty();
        }
        try {
            Method parse = type.getMethod("parse", String.class);
            return Modifier.isStatic(parse.getModifiers()) && type.isAssignableFrom(parse.getReturnType())
                    ? Optional.of(parse)
                    : Optional.empty();
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        }
    }
}
