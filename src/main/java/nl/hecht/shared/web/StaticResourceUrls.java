package nl.hecht.shared.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.ResourceUrlProviderExposingInterceptor;

/**
 * Names with a hash of their content (e.g. {@code /css/hecht-<md5>.css}) for static files only. Spring's
 * {@link ResourceUrlEncodingFilter} asks the resource chain about every address a page writes ({@code @{…}} in a
 * template): with the static files served from {@code /**}, each link to a page ({@code /networks/…},
 * {@code /directory/entries/…}) was looked up as a file in the jar and, not found, looked up again the next time (the
 * chain caches only what it finds). On a results page with hundreds of links that was half of the CPU time.
 * This filter takes the place of Spring Boot's: it asks the chain only about addresses under the static
 * prefixes below, and leaves every other address as it is.
 */
@Configuration(proxyBeanMethods = false)
class StaticResourceUrls {

    /** Where static files are served (the folders of {@code classpath:/static/}, and the webjars). */
    static final List<String> PREFIXES = List.of("/css/", "/js/", "/img/", "/fonts/", "/vendor/", "/webjars/");

    /** Declared as a registration of a {@link ResourceUrlEncodingFilter}, so that Spring Boot registers none. */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> staticResourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                new FilterRegistrationBean<>(new StaticResourceUrlEncodingFilter());
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }

    /** Whether an address that a page writes (with or without the context path) names a static file. */
    static boolean isStatic(String url, String contextPath) {
        String path = url;
        if (!contextPath.isEmpty()) {
            if (!path.startsWith(contextPath + "/")) {
                return false;
            }
            path = path.substring(contextPath.length());
        }
        for (String prefix : PREFIXES) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** A {@link ResourceUrlEncodingFilter} (so that Spring Boot adds none of its own) that resolves static files only. */
    static final class StaticResourceUrlEncodingFilter extends ResourceUrlEncodingFilter {

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            if (request instanceof HttpServletRequest httpRequest && response instanceof HttpServletResponse httpResponse) {
                chain.doFilter(request, new StaticResourceUrlResponse(httpRequest, httpResponse));
            } else {
                chain.doFilter(request, response);
            }
        }
    }

    private static final class StaticResourceUrlResponse extends HttpServletResponseWrapper {

        private final HttpServletRequest request;

        StaticResourceUrlResponse(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public String encodeURL(String url) {
            if (url != null && isStatic(url, request.getContextPath())
                    && request.getAttribute(ResourceUrlProviderExposingInterceptor.RESOURCE_URL_PROVIDER_ATTR)
                            instanceof ResourceUrlProvider provider) {
                String versioned = provider.getForRequestUrl(request, url);
                if (versioned != null) {
                    return super.encodeURL(versioned);
                }
            }
            return super.encodeURL(url);
        }
    }
}
