package nl.hecht.shared.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Language: Dutch by default, English on request ({@code ?lang=en}), remembered in the cookie {@code hecht-lang}. Only
 * these two exist: any other language asked for is Dutch, so {@code <html lang>}, the {@code Content-Language} header
 * and the text of the page always agree. Typed values bind at the edge.
 */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration implements WebMvcConfigurer {

    public static final Locale DUTCH = Locale.forLanguageTag("nl");
    public static final List<Locale> LANGUAGES = List.of(DUTCH, Locale.ENGLISH);
    public static final String LANGUAGE_COOKIE = "hecht-lang";

    /** Every module's {@code i18n/<module>.properties} ({@link MessageBundles}). */
    @Bean
    MessageSource messageSource() {
        return MessageBundles.messageSource();
    }

    @Bean
    LocaleResolver localeResolver() {
        SupportedLocaleResolver resolver = new SupportedLocaleResolver();
        resolver.setDefaultLocale(DUTCH);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        resolver.setCookieSameSite("Lax");
        return resolver;
    }

    /** Typed ids and CBS codes bind from path variables, parameters and form fields ({@link TypedValueConverter}). */
    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(new TypedValueConverter());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }

    /** The supported language closest to the one asked for: English for any English, Dutch for everything else. */
    static Locale supported(Locale requested) {
        return requested != null && Locale.ENGLISH.getLanguage().equals(requested.getLanguage()) ? Locale.ENGLISH : DUTCH;
    }

    /** The cookie resolver, narrowed to Hecht's two languages both when it stores a choice and when it reads one. */
    static final class SupportedLocaleResolver extends CookieLocaleResolver {

        SupportedLocaleResolver() {
            super(LANGUAGE_COOKIE);
        }

        @Override
        public void setLocaleContext(HttpServletRequest request, HttpServletResponse response, LocaleContext context) {
            Locale requested = context != null ? context.getLocale() : null;
            super.setLocaleContext(request, response, requested == null ? null : new SimpleLocaleContext(supported(requested)));
        }

        @Override
        protected Locale parseLocaleValue(String value) {
            Locale parsed = super.parseLocaleValue(value);
            return parsed == null ? null : supported(parsed);
        }
    }
}
