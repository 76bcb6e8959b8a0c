package nl.hecht.identity.internal;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.session.DisableEncodeUrlFilter;

/**
 * Who may reach what. Every page needs a full login (password and second factor); what a person may do is decided by
 * the policy of each use case (the use-case boundary of {@code nl.hecht.shared.usecase}), not by method security. Static files, the login steps, the
 * invitation link, public pages, error pages and the health/metrics endpoints are open. When OIDC providers are
 * configured ({@code spring.security.oauth2.client.registration.*}), people may also log in through one of them.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /**
     * The Content-Security-Policy: nothing inline, nothing from elsewhere, except map tiles from the configured tile
     * server ({@code hecht.map.tile-url}), if any.
     */
    static String contentSecurityPolicy(String tileUrl) {
        return String.join("; ",
                "default-src 'self'",
                "script-src 'self'",
                "style-src 'self'",
                "img-src 'self' data: blob:" + tileOrigin(tileUrl).map(origin -> " " + origin).orElse(""),
                "font-src 'self'",
                "connect-src 'self'",
                "object-src 'none'",
                "base-uri 'self'",
                "form-action 'self'",
                "frame-ancestors 'none'");
    }

    /** The origin of a Leaflet tile URL template: {@code https://{s}.tile.example.org/{z}/{x}/{y}.png} gives {@code https://*.tile.example.org}. */
    static java.util.Optional<String> tileOrigin(String tileUrl) {
        if (tileUrl == null || tileUrl.isBlank()) {
            return java.util.Optional.empty();
        }
        java.util.regex.Matcher origin = java.util.regex.Pattern.compile("^(https?://)([^/]+)").matcher(tileUrl.strip());
        if (!origin.find()) {
            throw new IllegalStateException("hecht.map.tile-url must start with http:// or https://");
        }
        String host = origin.group(2).replaceAll("\\{[a-z]+}", "*");
        if (!host.matches("[A-Za-z0-9*.:-]+")) {
            throw new IllegalStateException("hecht.map.tile-url has an unusable host: " + host);
        }
        return java.util.Optional.of(origin.group(1) + host);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** The login kept in the session, ended when the account changes (roles, password, second factor, deactivation). */
    @Bean
    SecurityContextRepository securityContextRepository(AccountSessions sessions) {
        return new StampCheckingSecurityContextRepository(sessions);
    }

    @Bean
    DaoAuthenticationProvider authenticationProvider(AccountUserDetailsService users, PasswordEncoder encoder) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(encoder);
        // Locked and disabled are checked only after the password, so every attempt costs the same time; a locked
        // account then answers as a wrong password does (LoginFailureHandler), so the answer reveals nothing either.
        provider.setPreAuthenticationChecks(user -> {
        });
        provider.setPostAuthenticationChecks(user -> {
            if (!user.isAccountNonLocked()) {
                throw new LockedException("locked");
            }
            if (!user.isEnabled()) {
                throw new DisabledException("disabled");
            }
        });
        return provider;
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SecurityContextRepository contextRepository,
            LoginFailureHandler failureHandler, OidcProviders oidcProviders, OidcAccountMapper oidcAccounts,
            OidcLoginHandlers oidcHandlers, AccountSessions sessions,
            @Value("${hecht.security.session-absolute-timeout:12h}") Duration absoluteTimeout,
            @Value("${hecht.map.tile-url:}") String tileUrl) throws Exception {
        http.securityContext(context -> context.securityContextRepository(contextRepository))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/css/**", "/js/**", "/img/**", "/fonts/**", "/vendor/**", "/webjars/**",
                                "/favicon.ico", "/error", "/login", "/invite/**", "/public/**",
                                "/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus")
                        .permitAll()
                        .requestMatchers("/login/code", "/login/enrol").hasAuthority(Authorities.MFA_PENDING)
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .anyRequest().hasAuthority(Authorities.MFA_VERIFIED))
                .formLogin(form -> form.loginPage("/login")
                        .successHandler(secondFactorStep(sessions))
                        .failureHandler(failureHandler))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout")
                        .deleteCookies("SESSION"))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(loginPage())
                        .accessDeniedHandler(accessDeniedHandler()))
                .csrf(csrf -> csrf.csrfTokenRequestHandler(new BodyOrHeaderCsrfTokenRequestHandler()))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(tileUrl)))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=(self)")))
                .addFilterBefore(new AbsoluteSessionTimeoutFilter(absoluteTimeout), DisableEncodeUrlFilter.class);
        http.csrf(csrf -> csrf.csrfTokenRepository(csrfTokenRepository()));
        if (oidcProviders.configured()) {
            http.oauth2Login(oidc -> oidc.loginPage("/login")
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcAccounts))
                    .successHandler(oidcHandlers.success())
                    .failureHandler(oidcHandlers.failure()));
        }
        return http.build();
    }

    /**
     * CSRF tokens live in a cookie, not in the session, so that an anonymous page (the public directory, the login
     * page, error pages, a 429) stores no session: every page carries the token for its forms and for htmx (the
     * {@code _csrf} meta tags of the layout), which would otherwise create one per visitor. The cookie is HttpOnly
     * (scripts take the masked token from the page), SameSite=Lax, Secure on HTTPS requests; the login replaces it.
     */
    static CsrfTokenRepository csrfTokenRepository() {
        CookieCsrfTokenRepository repository = new CookieCsrfTokenRepository();
        repository.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        repository.setHeaderName("X-CSRF-TOKEN");
        return repository;
    }

    /**
     * To the login page by a relative address: an absolute one would be built from the request's Host header, which
     * the client chooses (with {@code server.tomcat.use-relative-redirects}, no redirect of Hecht names a host).
     */
    private static LoginUrlAuthenticationEntryPoint loginPage() {
        LoginUrlAuthenticationEntryPoint entryPoint = new LoginUrlAuthenticationEntryPoint("/login");
        entryPoint.setFavorRelativeUris(true);
        return entryPoint;
    }

    /** After the password: give the code, or enrol a second factor first. */
    private static AuthenticationSuccessHandler secondFactorStep(AccountSessions sessions) {
        return (request, response, authentication) -> {
            if (authentication.getPrincipal() instanceof PasswordVerifiedUser user) {
                sessions.keepThisSession(user.accountId(), request);
            }
            boolean enrolled = authentication.getPrincipal() instanceof PasswordVerifiedUser user && user.mfaEnrolled();
            response.sendRedirect(request.getContextPath() + (enrolled ? "/login/code" : "/login/enrol"));
        };
    }

    /** Someone half-way through the login is sent to the code page; anyone else gets the friendly 403 page. */
    private static AccessDeniedHandler accessDeniedHandler() {
        AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();
        return (request, response, exception) -> {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication != null && authentication.getAuthorities().stream()
                    .anyMatch(authority -> Authorities.MFA_PENDING.equals(authority.getAuthority()))) {
                response.sendRedirect(request.getContextPath() + "/login/code");
            } else {
                forbidden.handle(request, response, exception);
            }
        };
    }
}
