package nl.hecht.shared.web;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * Makes {@link NumberFormats} available to every template as {@code #num} and {@link DateTimeFormats} as
 * {@code #when}, both in the locale of the page.
 */
@Component
class NumberFormatDialect extends AbstractDialect implements IExpressionObjectDialect {

    static final String NAME = "num";
    static final String DATES = "when";

    NumberFormatDialect() {
        super("hecht-numbers");
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of(NAME, DATES);
            }

            @Override
            public Object buildObject(IExpressionContext context, String expressionObjectName) {
                if (NAME.equals(expressionObjectName)) {
                    return new NumberFormats(context.getLocale());
                }
                return DATES.equals(expressionObjectName) ? new DateTimeFormats(context.getLocale()) : null;
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                return true;
            }
        };
    }
}
