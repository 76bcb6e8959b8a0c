package nl.hecht.shared.web;

import java.lang.reflect.Constructor;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.springframework.beans.BeanUtils;
import org.springframework.http.HttpMethod;
import org.springframework.validation.AbstractPropertyBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.servlet.support.ExtendedServletRequestDataBinder;

import nl.hecht.shared.PlainText;

/**
 * Binds Hecht's form records so that no value a person (or a script) sends can break the page: the form always comes
 * back with what was typed and a message at the field.
 * <ul>
 * <li>A value that does not convert (an unknown choice, a word where a number or an id belongs) leaves the field
 * empty and marks it; Spring then still creates the record, but keeps it out of the model's binding result, so the
 * page had nothing to show. Here the record is kept with the errors.</li>
 * <li>A row number that is not a number, or lies beyond {@link #getAutoGrowCollectionLimit() the limit}
 * ({@code rows[99999]}, {@code links[abc]}), is left out, with a message at the list when it was posted.</li>
 * <li>Posted text with control characters (other than tab and line breaks) is refused at its field: names and texts
 * are shown to others and exported, and a NUL or escape character has no place in them. The value comes back with
 * the characters replaced by a visible sign.</li>
 * </ul>
 * A search (GET) is never refused: a row number it cannot use is left out silently.
 */
class FormDataBinder extends ExtendedServletRequestDataBinder {

    static final String TOO_MANY_ROWS = "form.error.rows";
    static final String CONTROL_CHARACTERS = "form.error.control-characters";

    private static final Pattern INDEX = Pattern.compile("\\[([^\\]]*)]");

    private AbstractPropertyBindingResult kept;
    private ServletRequest bound;

    FormDataBinder(Object target, String objectName) {
        super(target, objectName);
    }

    @Override
    public void construct(ServletRequest request) {
        boolean posted = request instanceof HttpServletRequest http && HttpMethod.POST.matches(http.getMethod());
        Set<String> fields = constructorParameters();
        Map<String, String[]> usable = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            String name = parameter.getKey();
            boolean ours = fields.contains(root(name));
            String badRows = badIndex(name);
            if (badRows != null) {
                if (posted && ours) {
                    reject(badRows, null, TOO_MANY_ROWS, getAutoGrowCollectionLimit());
                }
                continue;
            }
            if (posted && ours) {
                for (String value : parameter.getValue()) {
                    if (value != null && PlainText.hasControlCharacters(value)) {
                        reject(name, PlainText.visible(value), CONTROL_CHARACTERS);
                        break;
                    }
                }
            }
            usable.put(name, parameter.getValue());
        }
        Map<String, String[]> numbered = renumbered(usable);
        bound = numbered.equals(request.getParameterMap()) ? request : only(request, numbered);
        super.construct(bound);
        keepTheRecord();
    }

    /**
     * Binding through setters after construction: nothing to do for a record (it has none, and walking its lists by
     * the request's row numbers only fails); otherwise with the same parameters the construction saw.
     */
    @Override
    public void bind(ServletRequest request) {
        if (bound != null && getTarget() != null && getTarget().getClass().isRecord()) {
            return;
        }
        super.bind(bound != null ? bound : request);
    }

    /** The record as constructed, with the errors, even when some value did not convert. */
    private void keepTheRecord() {
        AbstractPropertyBindingResult constructed = super.getInternalBindingResult();
        if (getTarget() != null && constructed.getTarget() == null) {
            AbstractPropertyBindingResult withTarget = createBeanPropertyBindingResult();
            withTarget.addAllErrors(constructed);
            kept = withTarget;
        }
    }

    @Override
    protected AbstractPropertyBindingResult getInternalBindingResult() {
        return kept != null ? kept : super.getInternalBindingResult();
    }

    private void reject(String field, Object rejectedValue, String code, Object... arguments) {
        AbstractPropertyBindingResult result = super.getInternalBindingResult();
        if (result.hasFieldErrors(field)) {
            return;
        }
        result.addError(new FieldError(getObjectName(), field, rejectedValue, false,
                result.resolveMessageCodes(code, field), arguments, null));
    }

    /** The names the target's constructor binds, or none when the target is not constructed from the request. */
    private Set<String> constructorParameters() {
        Class<?> type = getTargetType() == null ? null : getTargetType().resolve();
        if (type == null || getTarget() != null) {
            return Set.of();
        }
        try {
            Constructor<?> constructor = BeanUtils.getResolvableConstructor(type);
            String[] names = BeanUtils.getParameterNames(constructor);
            return Set.copyOf(Arrays.asList(names));
        } catch (IllegalStateException | IllegalArgumentException e) {
            return Set.of();
        }
    }

    private static String root(String name) {
        int end = name.length();
        for (char stop : new char[] {'[', '.'}) {
            int at = name.indexOf(stop);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return name.substring(0, end);
    }

    /** The list a name points into with a row number that cannot be used, or null when every row number is fine. */
    private String badIndex(String name) {
        if (name.indexOf('[') < 0 && name.indexOf(']') < 0) {
            return null;
        }
        Matcher index = INDEX.matcher(name);
        int end = 0;
        while (index.find()) {
            String between = name.substring(end, index.start());
            if (between.indexOf('[') >= 0 || between.indexOf(']') >= 0 || !usableIndex(index.group(1))) {
                return name.substring(0, index.start());
            }
            end = index.end();
        }
        String rest = name.substring(end);
        return rest.indexOf('[') >= 0 || rest.indexOf(']') >= 0 ? name.substring(0, Math.max(0, name.indexOf('[')))
                : null;
    }

    private boolean usableIndex(String index) {
        if (index.isEmpty()) {
            return true;
        }
        if (index.length() > 6 || !index.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        return Integer.parseInt(index) < getAutoGrowCollectionLimit();
    }

    /**
     * The parameters with the rows of each list numbered from 0 without gaps, in the order of their numbers:
     * {@code rows[3]} and {@code rows[7]} become {@code rows[0]} and {@code rows[1]}, so no list has empty places.
     */
    static Map<String, String[]> renumbered(Map<String, String[]> parameters) {
        Map<String, java.util.TreeSet<Integer>> indexes = new java.util.HashMap<>();
        for (String name : parameters.keySet()) {
            Matcher index = INDEX.matcher(name);
            while (index.find()) {
                if (!index.group(1).isEmpty()) {
                    indexes.computeIfAbsent(name.substring(0, index.start()), k -> new java.util.TreeSet<>())
                            .add(Integer.parseInt(index.group(1)));
                }
            }
        }
        Map<String, String[]> renumbered = new LinkedHashMap<>();
        boolean changed = false;
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            StringBuilder renamed = new StringBuilder(name.length());
            Matcher index = INDEX.matcher(name);
            int end = 0;
            while (index.find()) {
                renamed.append(name, end, index.start()).append('[');
                if (!index.group(1).isEmpty()) {
                    int number = Integer.parseInt(index.group(1));
                    renamed.append(indexes.get(name.substring(0, index.start())).headSet(number).size());
                }
                renamed.append(']');
                end = index.end();
            }
            renamed.append(name.substring(end));
            changed |= !renamed.toString().equals(name);
            renumbered.put(renamed.toString(), parameter.getValue());
        }
        return changed ? renumbered : parameters;
    }

    /** The request with only the given parameters. */
    private static ServletRequest only(ServletRequest request, Map<String, String[]> parameters) {
        if (!(request instanceof HttpServletRequest http)) {
            return request;
        }
        Map<String, String[]> kept = Collections.unmodifiableMap(parameters);
        return new HttpServletRequestWrapper(http) {
            @Override
            public String getParameter(String name) {
                String[] values = kept.get(name);
                return values == null || values.length == 0 ? null : values[0];
            }

            @Override
            public Map<String, String[]> getParameterMap() {
                return kept;
            }

            @Override
            public java.util.Enumeration<String> getParameterNames() {
                return Collections.enumeration(kept.keySet());
            }

            @Override
            public String[] getParameterValues(String name) {
                return kept.get(name);
            }
        };
    }
}
